#include "core/quiz.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

using namespace leren::core;

namespace {

Question single() {
  Question q;
  q.id = "termijn";
  q.type = QuestionType::single;
  q.options = {{"twee", {}, false, {}}, {"zes", {}, true, {}}, {"acht", {}, false, {}}};
  return q;
}

Question multiple() {
  Question q;
  q.id = "wetten";
  q.type = QuestionType::multiple;
  q.options = {{"wmo", {}, true, {}},
               {"jeugdwet", {}, true, {}},
               {"participatiewet", {}, true, {}},
               {"wlz", {}, false, {}},
               {"awbz", {}, false, {}}};
  return q;
}

Question ordering() {
  Question q;
  q.id = "wmo-route";
  q.type = QuestionType::ordering;
  for (const char* id : {"melding", "onderzoek", "verslag", "aanvraag", "besluit"}) q.items.push_back({id, {}});
  return q;
}

Question matching() {
  Question q;
  q.id = "begrippen";
  q.type = QuestionType::matching;
  for (const char* id : {"pgb", "zin", "mw"}) q.pairs.push_back({id, {}, {}});
  return q;
}

QuizAnswer pick(std::vector<std::string> ids) {
  QuizAnswer a;
  a.selected = std::move(ids);
  return a;
}

QuizAnswer order(std::vector<std::string> ids) {
  QuizAnswer a;
  a.order = std::move(ids);
  return a;
}

}  // namespace

TEST(Quiz, SingleChoiceIsAllOrNothing) {
  const Question q = single();
  QuestionGrade g = gradeQuestion(q, pick({"zes"}));
  EXPECT_EQ(g.score, 1.0);
  EXPECT_TRUE(g.correct);
  EXPECT_EQ(g.marks, (std::vector<Mark>{Mark::unpicked, Mark::correct, Mark::unpicked}));
  g = gradeQuestion(q, pick({"twee"}));
  EXPECT_EQ(g.score, 0.0);
  EXPECT_FALSE(g.correct);
  EXPECT_EQ(g.marks, (std::vector<Mark>{Mark::wrong, Mark::missed, Mark::unpicked}));
  EXPECT_EQ(gradeQuestion(q, pick({"zes", "twee"})).score, 0.0);  // two picks for a single answer
  EXPECT_FALSE(gradeQuestion(q, pick({})).complete);
}

TEST(Quiz, MultipleChoiceGivesPartialCreditMinusWrongPicks) {
  const Question q = multiple();
  EXPECT_EQ(gradeQuestion(q, pick({"wmo", "jeugdwet", "participatiewet"})).score, 1.0);
  EXPECT_DOUBLE_EQ(gradeQuestion(q, pick({"wmo", "jeugdwet"})).score, 2.0 / 3);
  EXPECT_DOUBLE_EQ(gradeQuestion(q, pick({"wmo", "jeugdwet", "wlz"})).score, 1.0 / 3);
  EXPECT_EQ(gradeQuestion(q, pick({"wmo", "wlz", "awbz"})).score, 0.0);  // floored at 0
  const QuestionGrade all = gradeQuestion(q, pick({"wmo", "jeugdwet", "participatiewet", "wlz", "awbz"}));
  EXPECT_DOUBLE_EQ(all.score, 1.0 / 3);
  EXPECT_FALSE(all.correct);
  EXPECT_EQ(gradeQuestion(q, pick({"wmo", "onbekend"})).marks,
            (std::vector<Mark>{Mark::correct, Mark::missed, Mark::missed, Mark::unpicked, Mark::unpicked}));
}

TEST(Quiz, OrderingCountsPairsInTheRightOrder) {
  const Question q = ordering();
  QuestionGrade g = gradeQuestion(q, order({"melding", "onderzoek", "verslag", "aanvraag", "besluit"}));
  EXPECT_EQ(g.score, 1.0);
  EXPECT_TRUE(g.correct);
  // One neighbouring swap: 9 of 10 pairs right.
  g = gradeQuestion(q, order({"onderzoek", "melding", "verslag", "aanvraag", "besluit"}));
  EXPECT_DOUBLE_EQ(g.score, 0.9);
  EXPECT_EQ(g.marks, (std::vector<Mark>{Mark::wrong, Mark::wrong, Mark::correct, Mark::correct, Mark::correct}));
  EXPECT_EQ(gradeQuestion(q, order({"besluit", "aanvraag", "verslag", "onderzoek", "melding"})).score, 0.0);
  // Incomplete or repeated items: no credit, marked incomplete.
  g = gradeQuestion(q, order({"melding", "melding", "onderzoek"}));
  EXPECT_FALSE(g.complete);
  EXPECT_EQ(g.score, 0.0);
}

TEST(Quiz, MatchingCountsRightPairs) {
  const Question q = matching();
  QuizAnswer a;
  a.matches = {{"pgb", "pgb"}, {"zin", "mw"}, {"mw", "zin"}};
  QuestionGrade g = gradeQuestion(q, a);
  EXPECT_DOUBLE_EQ(g.score, 1.0 / 3);
  EXPECT_EQ(g.marks, (std::vector<Mark>{Mark::correct, Mark::wrong, Mark::wrong}));
  EXPECT_TRUE(g.complete);
  a.matches = {{"pgb", "pgb"}, {"zin", "zin"}};
  g = gradeQuestion(q, a);
  EXPECT_FALSE(g.complete);
  EXPECT_DOUBLE_EQ(g.score, 2.0 / 3);
  EXPECT_EQ(g.marks.back(), Mark::missed);
  a.matches["mw"] = "mw";
  EXPECT_TRUE(gradeQuestion(q, a).correct);
}

TEST(Quiz, PresentationOrderIsAStableShuffleThatHidesTheAnswer) {
  const Question q = ordering();
  const std::vector<size_t> first = presentationOrder(q);
  EXPECT_EQ(first, presentationOrder(q));
  std::vector<size_t> sorted = first;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(sorted, (std::vector<size_t>{0, 1, 2, 3, 4}));
  EXPECT_FALSE(std::is_sorted(first.begin(), first.end()));
  // Never the answer, for many question ids and sizes.
  for (int i = 0; i < 200; ++i) {
    Question m;
    m.id = "v" + std::to_string(i);
    m.type = i % 2 ? QuestionType::matching : QuestionType::ordering;
    for (int k = 0; k < 2 + i % 5; ++k) {
      m.items.push_back({std::to_string(k), {}});
      m.pairs.push_back({std::to_string(k), {}, {}});
    }
    const auto o = presentationOrder(m);
    EXPECT_FALSE(std::is_sorted(o.begin(), o.end())) << m.id;
  }
  Question one;
  one.type = QuestionType::ordering;
  one.items = {{"a", {}}};
  EXPECT_EQ(presentationOrder(one), (std::vector<size_t>{0}));
}

TEST(Quiz, SessionKeepsEveryAttemptAndSummarises) {
  Quiz quiz;
  quiz.id = "check";
  quiz.passPercent = 70;
  quiz.questions = {single(), multiple(), ordering(), matching()};
  QuizSession s(quiz);
  EXPECT_EQ(s.summary().answered, 0u);
  s.submit("termijn", pick({"twee"}));
  s.submit("termijn", pick({"zes"}));
  s.submit("wetten", pick({"wmo", "jeugdwet"}));
  EXPECT_EQ(s.attempts("termijn").size(), 2u);
  EXPECT_EQ(s.attempts("termijn")[0].grade.score, 0.0);
  EXPECT_EQ(s.attempts("termijn")[1].answer, pick({"zes"}));
  EXPECT_EQ(s.bestScore("termijn"), 1.0);
  EXPECT_TRUE(s.attempts("wmo-route").empty());
  EXPECT_FALSE(s.submit("bestaat-niet", pick({"x"})).complete);
  EXPECT_TRUE(s.attempts("bestaat-niet").empty());

  QuizSummary sum = s.summary();
  EXPECT_EQ(sum.questions, 4u);
  EXPECT_EQ(sum.answered, 2u);
  // The first attempt counts: "termijn" was wrong at first, right only when retried.
  EXPECT_EQ(sum.fullyCorrect, 0u);
  EXPECT_DOUBLE_EQ(sum.percent, 100.0 * (0 + 0.667) / 4);
  EXPECT_DOUBLE_EQ(sum.practicePercent, 100.0 * (1 + 0.667) / 4);
  EXPECT_FALSE(sum.passed);

  s.submit("wmo-route", order({"melding", "onderzoek", "verslag", "aanvraag", "besluit"}));
  QuizAnswer m;
  m.matches = {{"pgb", "pgb"}, {"zin", "zin"}, {"mw", "mw"}};
  s.submit("begrippen", m);
  EXPECT_DOUBLE_EQ(s.summary().percent, 100.0 * (0 + 0.667 + 1 + 1) / 4) << "2 of 3, kept to 0.001";
  EXPECT_FALSE(s.summary().passed) << "70 % at the first attempts is not reached: 66.7 %";
}

TEST(Quiz, ProgressRecordsTheFirstAttemptTheBestAndTheCount) {
  QuestionProgress p;
  recordAttempt(p, 0.5);
  recordAttempt(p, 0.25);
  recordAttempt(p, 3.0);  // clamped
  EXPECT_EQ(p.firstScore, 0.5);
  QuestionProgress partly;
  recordAttempt(partly, 7.0 / 15);
  EXPECT_EQ(partly.firstScore, 0.467) << "kept as progress stores it";
  EXPECT_EQ(partly.bestScore, 0.467);
  EXPECT_EQ(p.bestScore, 1.0);
  EXPECT_EQ(p.attempts, 3);
  Quiz quiz;
  quiz.passPercent = 25;
  quiz.questions = {single(), multiple()};
  std::map<std::string, QuestionProgress> stored{{"termijn", p}, {"onbekend", {1.0, 1.0, 1}}};
  const QuizSummary s = summarizeQuiz(quiz, stored);
  EXPECT_EQ(s.answered, 1u);
  EXPECT_DOUBLE_EQ(s.percent, 25) << "the first attempt (0.5) of one of two questions";
  EXPECT_DOUBLE_EQ(s.practicePercent, 50);
  EXPECT_TRUE(s.passed);
  EXPECT_FALSE(summarizeQuiz(Quiz{}, {}).passed);
}
