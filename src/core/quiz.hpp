#pragma once
// Quiz grading with partial credit, per-option/per-item feedback marks, deterministic shuffling,
// and the attempt history of a quiz session.
//
// Credit per question (0..1):
//   single    1 when the one picked option is correct, else 0.
//   multiple  (correct picks - wrong picks) / number of correct options, floored at 0.
//   ordering  share of item pairs in the right relative order (one item misplaced by one step
//             still earns most of the credit; the reversed order earns 0).
//   matching  share of terms matched with their own definition.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/content_model.hpp"
#include "core/progress.hpp"

namespace leren::core {

// The learner's answer. Which fields count depends on the question type.
struct QuizAnswer {
  std::vector<std::string> selected;           // single / multiple: option ids
  std::vector<std::string> order;              // ordering: item ids, in the learner's order
  std::map<std::string, std::string> matches;  // matching: pair id of the term -> pair id of the chosen match
  bool operator==(const QuizAnswer&) const = default;
};

enum class Mark {
  correct,   // picked and right / right position / right match
  wrong,     // picked but wrong / wrong position / wrong match
  missed,    // a correct option the learner did not pick (multiple, single)
  unpicked,  // a wrong option the learner rightly left alone
};

struct QuestionGrade {
  double score = 0;      // 0..1
  bool correct = false;  // full credit
  bool complete = true;  // false: the answer is not a full answer (nothing picked, missing items)
  // single/multiple: per option in file order; ordering: per item in the learner's order;
  // matching: per pair (term) in file order.
  std::vector<Mark> marks;
};

QuestionGrade gradeQuestion(const Question& question, const QuizAnswer& answer);

// The order in which to present ordering items or matching answers: indices into items/pairs.
// Deterministic (seeded by the question id) and never the correct order when there are 2+.
// The same as itemOrder(question, 0, 0) (shuffle.hpp), which also gives a fresh order per
// attempt and shuffles single/multiple options (optionOrder).
std::vector<size_t> presentationOrder(const Question& question);

struct QuizAttempt {
  QuizAnswer answer;
  QuestionGrade grade;
};

struct QuizSummary {
  size_t questions = 0;
  size_t answered = 0;         // questions with at least one attempt
  size_t fullyCorrect = 0;     // questions right at the first attempt
  double percent = 0;          // the result: mean first-attempt score over all questions, 0..100
  double practicePercent = 0;  // mean best score including retries (practice), 0..100
  bool passed = false;         // percent >= passPercent
};

// One learner working through a quiz: every attempt per question is kept.
class QuizSession {
 public:
  explicit QuizSession(const Quiz& quiz);
  // Grades and records an attempt. Unknown question ids grade as 0 and are not recorded.
  QuestionGrade submit(const std::string& questionId, const QuizAnswer& answer);
  const std::vector<QuizAttempt>& attempts(const std::string& questionId) const;
  double bestScore(const std::string& questionId) const;
  QuizSummary summary() const;

 private:
  const Quiz* quiz_;
  std::map<std::string, std::vector<QuizAttempt>> attempts_;
};

// Folds an attempt into stored progress (the first attempt's score, the best, the count).
void recordAttempt(QuestionProgress& progress, double score);
// Summary from stored progress (what the module overview shows after a reload).
QuizSummary summarizeQuiz(const Quiz& quiz, const std::map<std::string, QuestionProgress>& progress);

}  // namespace leren::core
