#include "core/quiz.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/shuffle.hpp"

namespace leren::core {

namespace {

QuestionGrade gradeChoice(const Question& q, const QuizAnswer& a) {
  QuestionGrade g;
  size_t correctOptions = 0, correctPicks = 0, wrongPicks = 0;
  for (const QuizOption& o : q.options) {
    const bool picked = std::find(a.selected.begin(), a.selected.end(), o.id) != a.selected.end();
    if (o.correct) ++correctOptions;
    if (picked && o.correct) ++correctPicks;
    if (picked && !o.correct) ++wrongPicks;
    g.marks.push_back(picked ? (o.correct ? Mark::correct : Mark::wrong) : (o.correct ? Mark::missed : Mark::unpicked));
  }
  g.complete = !a.selected.empty();
  if (q.type == QuestionType::single) {
    g.score = (a.selected.size() == 1 && correctPicks == 1) ? 1.0 : 0.0;
  } else if (correctOptions > 0) {
    const double net = static_cast<double>(correctPicks) - static_cast<double>(wrongPicks);
    g.score = std::max(0.0, net / static_cast<double>(correctOptions));
  }
  return g;
}

QuestionGrade gradeOrdering(const Question& q, const QuizAnswer& a) {
  QuestionGrade g;
  // Position of each item id in the correct order.
  std::map<std::string, size_t> rank;
  for (size_t i = 0; i < q.items.size(); ++i) rank[q.items[i].id] = i;
  std::vector<size_t> given;
  std::vector<bool> seen(q.items.size(), false);
  for (const std::string& id : a.order) {
    auto it = rank.find(id);
    if (it == rank.end() || seen[it->second]) continue;  // unknown or repeated: ignored
    seen[it->second] = true;
    given.push_back(it->second);
  }
  g.complete = given.size() == q.items.size();
  for (size_t i = 0; i < given.size(); ++i) g.marks.push_back(given[i] == i ? Mark::correct : Mark::wrong);
  if (!g.complete || given.size() < 2) {
    g.score = g.complete ? 1.0 : 0.0;
    return g;
  }
  size_t right = 0, pairs = 0;
  for (size_t i = 0; i < given.size(); ++i)
    for (size_t j = i + 1; j < given.size(); ++j) {
      ++pairs;
      if (given[i] < given[j]) ++right;
    }
  g.score = static_cast<double>(right) / static_cast<double>(pairs);
  return g;
}

QuestionGrade gradeMatching(const Question& q, const QuizAnswer& a) {
  QuestionGrade g;
  size_t right = 0;
  for (const MatchingPair& p : q.pairs) {
    auto it = a.matches.find(p.id);
    if (it == a.matches.end()) {
      g.complete = false;
      g.marks.push_back(Mark::missed);
      continue;
    }
    const bool ok = it->second == p.id;
    right += ok ? 1 : 0;
    g.marks.push_back(ok ? Mark::correct : Mark::wrong);
  }
  g.score = q.pairs.empty() ? 0.0 : static_cast<double>(right) / static_cast<double>(q.pairs.size());
  return g;
}

}  // namespace

QuestionGrade gradeQuestion(const Question& question, const QuizAnswer& answer) {
  QuestionGrade g;
  switch (question.type) {
    case QuestionType::single:
    case QuestionType::multiple:
      g = gradeChoice(question, answer);
      break;
    case QuestionType::ordering:
      g = gradeOrdering(question, answer);
      break;
    case QuestionType::matching:
      g = gradeMatching(question, answer);
      break;
  }
  g.correct = g.score >= 1.0 - 1e-9;
  if (g.correct) g.score = 1.0;
  return g;
}

std::vector<size_t> presentationOrder(const Question& question) { return itemOrder(question, 0, 0); }

QuizSession::QuizSession(const Quiz& quiz) : quiz_(&quiz) {}

QuestionGrade QuizSession::submit(const std::string& questionId, const QuizAnswer& answer) {
  for (const Question& q : quiz_->questions) {
    if (q.id != questionId) continue;
    QuestionGrade grade = gradeQuestion(q, answer);
    attempts_[questionId].push_back({answer, grade});
    return grade;
  }
  QuestionGrade none;
  none.complete = false;
  return none;
}

const std::vector<QuizAttempt>& QuizSession::attempts(const std::string& questionId) const {
  static const std::vector<QuizAttempt> kNone;
  auto it = attempts_.find(questionId);
  return it == attempts_.end() ? kNone : it->second;
}

double QuizSession::bestScore(const std::string& questionId) const {
  double best = 0;
  for (const QuizAttempt& a : attempts(questionId)) best = std::max(best, a.grade.score);
  return best;
}

QuizSummary QuizSession::summary() const {
  std::map<std::string, QuestionProgress> progress;
  for (const auto& [id, list] : attempts_)
    for (const QuizAttempt& a : list) recordAttempt(progress[id], a.grade.score);
  return summarizeQuiz(*quiz_, progress);
}

void recordAttempt(QuestionProgress& progress, double score) {
  // Kept to 0.001, as progress stores it: this session goes on with the score a later one (or
  // another device) reads back, and reports the same to an LMS.
  score = std::round(std::clamp(score, 0.0, 1.0) * 1000) / 1000;
  if (progress.attempts == 0) progress.firstScore = score;
  progress.bestScore = std::max(progress.bestScore, score);
  ++progress.attempts;
}

QuizSummary summarizeQuiz(const Quiz& quiz, const std::map<std::string, QuestionProgress>& progress) {
  QuizSummary s;
  s.questions = quiz.questions.size();
  double counted = 0, best = 0;
  for (const Question& q : quiz.questions) {
    auto it = progress.find(q.id);
    if (it == progress.end() || it->second.attempts == 0) continue;
    ++s.answered;
    counted += it->second.countedScore();
    best += it->second.bestScore;
    if (it->second.countedScore() >= 1.0 - 1e-9) ++s.fullyCorrect;
  }
  const double n = static_cast<double>(s.questions);
  s.percent = s.questions == 0 ? 0 : 100.0 * counted / n;
  s.practicePercent = s.questions == 0 ? 0 : 100.0 * best / n;
  s.passed = s.questions > 0 && s.percent + 1e-9 >= quiz.passPercent;
  return s;
}

}  // namespace leren::core
