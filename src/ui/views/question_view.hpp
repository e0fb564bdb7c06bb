#pragma once
// One question (single, multiple, ordering, matching) as the learner answers it: the options in
// the learner's own shuffled order, check, the marks and feedback per option, the result, the
// explanation, and a retry that is practice (the first attempt counts). Used by a module's
// knowledge check and by the checks inside explainer pages.
#include <optional>
#include <string>
#include <vector>

#include "core/quiz.hpp"
#include "ui/app_model.hpp"
#include "ui/context.hpp"
#include "ui/views/question_state.hpp"

namespace leren::ui {

// Draws the answer area, "check" and, once checked, the result, the explanation and the
// practice retry. `prefix` starts every element id ("quiz", "check.<question id>").
// Returns true on the frame the learner checked an answer.
bool drawQuestion(Ui& ui, Model& model, size_t module, const core::Question& q, QuestionState& state,
                  const std::string& prefix);

}  // namespace leren::ui
