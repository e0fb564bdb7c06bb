#pragma once
// Where the learner is with one question on screen (not saved: the attempts are, in the
// learner's progress).
#include <optional>
#include <vector>

#include "core/quiz.hpp"

namespace leren::ui {

struct QuestionState {
  core::QuizAnswer answer;
  std::optional<core::QuestionGrade> grade;  // set after "check"
  std::vector<size_t> order;                 // this attempt's presentation order
  bool started = false;                      // order taken for this attempt
};

}  // namespace leren::ui
