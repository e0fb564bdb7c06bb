#pragma once
// What a Learner reports as it happens: pages read, questions answered, case decisions and
// endings. The LMS bridge turns these into SCORM interactions and xAPI statements; tests
// record them. Plain data; the Learner calls the listener after saving.
#include <string>
#include <vector>

#include "core/case_engine.hpp"
#include "core/content_model.hpp"
#include "core/quiz.hpp"

namespace leren::core {

// How a decision or answer compares with what an expert would do.
enum class Judgement { correct, wrong, neutral };

struct PageRead {
  const Module* module = nullptr;
  const Page* page = nullptr;
};

struct AnswerGiven {
  const Module* module = nullptr;
  const Question* question = nullptr;
  QuizAnswer answer;
  std::vector<size_t> shown;  // the order the options (items, answers) were presented in
  QuestionGrade grade;
  int attempt = 1;       // 1 = the first attempt (the one that counts)
  double latencyMs = 0;  // from showing the question to answering it
};

struct DecisionMade {
  const Case* caseData = nullptr;
  size_t node = 0;                     // index into caseData->nodes
  size_t choice = 0;                   // index into that node's choices
  std::vector<size_t> offered;         // the choices offered, in the order shown
  std::optional<size_t> expertChoice;  // the choice an expert makes here, when one stands out
  Judgement judgement = Judgement::neutral;
  CaseState before, after;
  double latencyMs = 0;   // from showing the scene to choosing
  bool scoredRun = true;  // false for practice runs (after the first completed one)
};

struct CaseEnded {
  const Case* caseData = nullptr;
  CaseResult result;
  bool scoredRun = true;
};

class LearnerListener {
 public:
  virtual ~LearnerListener() = default;
  virtual void pageRead(const PageRead&) {}
  virtual void answerGiven(const AnswerGiven&) {}
  virtual void decisionMade(const DecisionMade&) {}
  virtual void caseEnded(const CaseEnded&) {}
  // Progress was saved; `encoded` is its compact text (what an LMS keeps in suspend_data).
  virtual void progressSaved(const std::string& /*encoded*/) {}
};

}  // namespace leren::core
