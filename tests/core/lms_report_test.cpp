// What an LMS hears (core/lms_report): the record of each decision and answer, the objectives,
// the overall result of a course package and of a one-case package, and the bookmark.
#include "core/lms_report.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/learner.hpp"
#include "small_course.hpp"

using namespace leren::core;
using namespace leren::core::test;
using nlohmann::json;

namespace {

Question single(const std::string& id) {
  Question q;
  q.id = id;
  q.type = QuestionType::single;
  q.prompt = {"Vraag " + id, "Question " + id};
  q.options = {{"a", {"a", "a"}, true, {}}, {"b", {"b", "b"}, false, {}}, {"c", {"c", "c"}, false, {}}};
  return q;
}

// One module (two pages; a check of a single, a multiple, an ordering and a matching
// question), and one case: n1 (a better and a worse choice) -> n2 (one choice) -> ending.
Course course() {
  Course c;
  c.id = "cursus";
  Module m = twoPageModule();
  m.quiz.passPercent = 70;
  m.quiz.questions.push_back(single("q1"));
  Question multi = single("q2");
  multi.type = QuestionType::multiple;
  multi.options[2].correct = true;
  m.quiz.questions.push_back(multi);
  Question order;
  order.id = "q3";
  order.type = QuestionType::ordering;
  order.items = {{"eerst", {"1", "1"}}, {"dan", {"2", "2"}}, {"laatst", {"3", "3"}}};
  m.quiz.questions.push_back(order);
  Question match;
  match.id = "q4";
  match.type = QuestionType::matching;
  match.pairs = {{"wmo", {"Wmo", "Wmo"}, {"gemeente", "municipality"}},
                 {"wlz", {"Wlz", "Wlz"}, {"zorgkantoor", "care office"}}};
  m.quiz.questions.push_back(match);
  c.modules.push_back(m);
  Case k = twoStepCase();
  k.available = true;
  c.cases.push_back(k);
  return c;
}

class Recorder : public LearnerListener {
 public:
  void decisionMade(const DecisionMade& e) override { decisions.push_back(e); }
  void answerGiven(const AnswerGiven& e) override { answers.push_back(e); }
  void pageRead(const PageRead& e) override { pages.push_back(e); }
  std::vector<DecisionMade> decisions;
  std::vector<AnswerGiven> answers;
  std::vector<PageRead> pages;
};

std::vector<std::string> ids(const json& list) {
  std::vector<std::string> out;
  for (const json& x : list) out.push_back(x["id"].get<std::string>());
  return out;
}

}  // namespace

TEST(LmsReport, ADecisionIsNamedByCaseAndNodeAndJudgedAgainstTheExpertChoice) {
  const Course c = course();
  MemoryStorage storage;
  Recorder rec;
  Learner learner(c, storage);
  learner.setListener(&rec);
  const CaseRun& run = learner.openCase(0);
  std::vector<std::string> shown;
  for (size_t i : run.presentedChoices()) shown.push_back(c.cases[0].nodes[0].choices[i].id);
  ASSERT_TRUE(learner.choose("formulier"));
  ASSERT_TRUE(learner.choose("afronden"));
  ASSERT_EQ(rec.decisions.size(), 2u);

  const json worse = decisionRecord(rec.decisions[0], learner.caseProgress("casus"), Lang::nl);
  EXPECT_EQ(worse["kind"], "decision");
  EXPECT_EQ(worse["id"], "casus.n1");
  EXPECT_EQ(worse["type"], "choice");
  EXPECT_EQ(ids(worse["choices"]), shown) << "the choices in the order the learner saw them";
  EXPECT_EQ(worse["response"], json::array({"formulier"}));
  EXPECT_EQ(worse["correctResponses"], json::array({json::array({"luisteren"})}));
  EXPECT_EQ(worse["result"], "wrong");
  EXPECT_EQ(worse["objectiveIds"], json::array({"casus.vraag"}));
  EXPECT_EQ(worse["extensions"]["score-changes"], json({{"vraag", -1}}));
  EXPECT_EQ(worse["extensions"]["state-after"], json({{"vraag", -1}}));
  EXPECT_EQ(worse["extensions"]["scored-run"], true);
  EXPECT_EQ(worse["lang"], "nl");

  const json lone = decisionRecord(rec.decisions[1], learner.caseProgress("casus"), Lang::en);
  EXPECT_EQ(lone["id"], "casus.n2");
  EXPECT_EQ(lone["result"], "neutral") << "one choice offered: nothing to compare with";
  EXPECT_EQ(lone["correctResponses"], json::array());
  EXPECT_EQ(lone["extensions"]["score-changes"], json::object());
  EXPECT_EQ(lone["lang"], "en");

  learner.restartCase();
  ASSERT_TRUE(learner.choose("luisteren"));
  const json expert = decisionRecord(rec.decisions[2], learner.caseProgress("casus"), Lang::nl);
  EXPECT_EQ(expert["result"], "correct");
  EXPECT_EQ(expert["extensions"]["scored-run"], false) << "the run after the scored one is practice";
  EXPECT_EQ(expert["extensions"]["undos"], learner.caseProgress("casus")->undos);
}

TEST(LmsReport, AnswersCarryTheirTypeTheOrderShownAndTheCorrectResponse) {
  const Course c = course();
  MemoryStorage storage;
  Recorder rec;
  Learner learner(c, storage);
  learner.setListener(&rec);
  const Module& m = c.modules[0];
  QuizAnswer a1, a2, a3, a4;
  a1.selected = {"b"};
  a2.selected = {"c", "a"};
  a3.order = {"dan", "eerst", "laatst"};
  a4.matches = {{"wmo", "wmo"}, {"wlz", "wlz"}};
  const std::vector<size_t> shown1 = learner.presentationOrder(0, m.quiz.questions[0]);
  learner.answer(0, m.quiz.questions[0], a1);
  learner.answer(0, m.quiz.questions[1], a2);
  learner.answer(0, m.quiz.questions[2], a3);
  learner.answer(0, m.quiz.questions[3], a4);
  ASSERT_EQ(rec.answers.size(), 4u);

  const json r1 = answerRecord(rec.answers[0], Lang::nl);
  EXPECT_EQ(r1["kind"], "answer");
  EXPECT_EQ(r1["id"], "wmo.q1");
  EXPECT_EQ(r1["type"], "choice");
  std::vector<std::string> expected;
  for (size_t i : shown1) expected.push_back(m.quiz.questions[0].options[i].id);
  EXPECT_EQ(ids(r1["choices"]), expected);
  EXPECT_EQ(r1["response"], json::array({"b"}));
  EXPECT_EQ(r1["correctResponses"], json::array({json::array({"a"})}));
  EXPECT_EQ(r1["result"], "wrong");
  EXPECT_EQ(r1["objectiveIds"], json::array({"wmo.check"}));
  EXPECT_EQ(r1["description"], "Vraag q1");

  const json r2 = answerRecord(rec.answers[1], Lang::nl);
  EXPECT_EQ(r2["type"], "choice");
  EXPECT_EQ(r2["result"], "correct");
  std::vector<std::string> shownRight;
  for (const std::string& id : ids(r2["choices"]))
    if (id != "b") shownRight.push_back(id);
  EXPECT_EQ(r2["correctResponses"], json::array({shownRight})) << "one pattern of two options, in the order shown";
  EXPECT_EQ(r2["response"], json(shownRight)) << "the options picked in the order shown, not as clicked";

  const json r3 = answerRecord(rec.answers[2], Lang::nl);
  EXPECT_EQ(r3["type"], "sequencing");
  EXPECT_EQ(r3["response"], json::array({"dan", "eerst", "laatst"}));
  EXPECT_EQ(r3["correctResponses"], json::array({json::array({"eerst", "dan", "laatst"})}));
  EXPECT_EQ(r3["result"], "wrong");

  const json r4 = answerRecord(rec.answers[3], Lang::en);
  EXPECT_EQ(r4["type"], "matching");
  EXPECT_EQ(ids(r4["sources"]), (std::vector<std::string>{"wmo", "wlz"}));
  EXPECT_EQ(r4["targets"].size(), 2u);
  EXPECT_EQ(r4["targets"][0]["text"].get<std::string>().empty(), false);
  EXPECT_EQ(r4["response"], json::parse(R"([["wmo","wmo"],["wlz","wlz"]])"));
  EXPECT_EQ(r4["correctResponses"], json::parse(R"([[["wmo","wmo"],["wlz","wlz"]]])"));
  EXPECT_EQ(r4["result"], "correct");

  // The check's objective, once every question was tried: the first attempts count.
  const std::optional<json> objective = checkObjective(m, learner.progress(), Lang::nl);
  ASSERT_TRUE(objective);
  const QuizSummary summary = summarizeQuiz(m.quiz, learner.progress().modules.at("wmo").questions);
  EXPECT_LT(summary.percent, 70);
  EXPECT_EQ((*objective)["id"], "wmo.check");
  EXPECT_EQ((*objective)["scoreRaw"], std::round(summary.percent * 10) / 10);
  EXPECT_EQ((*objective)["scoreMax"], 100);
  EXPECT_EQ((*objective)["status"], "failed");
  EXPECT_EQ((*objective)["description"], "De Wmo");
  QuizAnswer right;
  right.selected = {"a"};
  learner.answer(0, m.quiz.questions[0], right);
  EXPECT_EQ((*checkObjective(m, learner.progress(), Lang::nl))["scoreRaw"], (*objective)["scoreRaw"])
      << "a retry is practice";
}

TEST(LmsReport, ACoursePackageCompletesWhenAllWorkIsDoneAndIsJudgedThen) {
  const Course c = course();
  MemoryStorage storage;
  Learner learner(c, storage);
  const ReportScope course{};
  OverallResult r = overallResult(c, learner.progress(), course, 0.7);
  EXPECT_FALSE(r.completed);
  EXPECT_FALSE(r.passed);
  EXPECT_EQ(r.progress, 0);

  learner.openPage(0, 0);
  learner.openPage(0, 1);
  learner.openCase(0);
  learner.choose("luisteren");
  learner.choose("afronden");
  r = overallResult(c, learner.progress(), course, 0.7);
  EXPECT_FALSE(r.completed) << "the check is not answered yet";
  EXPECT_FALSE(r.passed) << "not judged before the work is done";
  EXPECT_DOUBLE_EQ(r.progress, 3.0 / 4.0);
  EXPECT_EQ(r.scoreRaw, 100) << "the scored run so far";
  const json notYet = resultRecord(r);
  EXPECT_EQ(notYet["completed"], false);
  EXPECT_TRUE(notYet["passed"].is_null());
  EXPECT_TRUE(notYet["scoreRaw"].is_null()) << "no partial score reaches the gradebook (nor a 2004 LMS's judgement)";
  EXPECT_EQ(notYet["progress"], 0.75);

  const Module& m = c.modules[0];
  QuizAnswer right, wrong;
  right.selected = {"a"};
  wrong.selected = {"b"};
  learner.answer(0, m.quiz.questions[0], right);
  learner.answer(0, m.quiz.questions[1], wrong);
  QuizAnswer order;
  order.order = {"eerst", "dan", "laatst"};
  learner.answer(0, m.quiz.questions[2], order);
  QuizAnswer match;
  match.matches = {{"wmo", "wmo"}, {"wlz", "wlz"}};
  learner.answer(0, m.quiz.questions[3], match);
  r = overallResult(c, learner.progress(), course, 0.7);
  EXPECT_TRUE(r.completed);
  EXPECT_EQ(r.progress, 1);
  const double check = summarizeQuiz(m.quiz, learner.progress().modules.at("wmo").questions).percent;
  EXPECT_DOUBLE_EQ(r.scoreRaw, std::round(10 * (100 + check) / 2) / 10) << "the mean of the case and the check";
  EXPECT_EQ(r.passed, r.scoreRaw >= 70);
  const json judged = resultRecord(r);
  EXPECT_EQ(judged["completed"], true);
  EXPECT_EQ(judged["passed"], *r.passed);
  EXPECT_EQ(judged["scoreRaw"], r.scoreRaw);
  EXPECT_EQ(judged["scoreMax"], 100);
  EXPECT_EQ(overallResult(c, learner.progress(), course, 0.95).passed, false) << "against the LMS's mastery score";
}

TEST(LmsReport, AOneCasePackageIsThatCaseAlone) {
  const Course c = course();
  MemoryStorage storage;
  Learner learner(c, storage);
  const ReportScope one{"casus"};
  learner.openPage(0, 0);
  EXPECT_EQ(overallResult(c, learner.progress(), one, 0.7).progress, 0) << "pages are not this package's work";
  learner.openCase(0);
  learner.choose("formulier");
  OverallResult r = overallResult(c, learner.progress(), one, 0.7);
  EXPECT_FALSE(r.completed);
  EXPECT_EQ(r.progress, 0.5) << "under way";
  learner.choose("afronden");
  r = overallResult(c, learner.progress(), one, 0.7);
  EXPECT_TRUE(r.completed);
  EXPECT_EQ(r.progress, 1);
  EXPECT_EQ(r.scoreRaw, learner.caseProgress("casus")->scored->percent);
  ASSERT_TRUE(r.passed);
  EXPECT_FALSE(*r.passed) << r.scoreRaw;
  // A better practice run does not change what counts.
  learner.restartCase();
  learner.choose("luisteren");
  learner.choose("afronden");
  EXPECT_EQ(overallResult(c, learner.progress(), one, 0.7).scoreRaw, r.scoreRaw);
}

TEST(LmsReport, CaseObjectivesComeFromTheScoredRunPerDimension) {
  const Course c = course();
  MemoryStorage storage;
  Learner learner(c, storage);
  learner.openCase(0);
  learner.choose("luisteren");
  learner.choose("afronden");
  const std::vector<json> objectives = caseObjectives(c.cases[0], *learner.caseProgress("casus")->scored, Lang::en);
  ASSERT_EQ(objectives.size(), 1u);
  EXPECT_EQ(objectives[0]["id"], "casus.vraag");
  EXPECT_EQ(objectives[0]["scoreRaw"], 2);
  EXPECT_EQ(objectives[0]["scoreMax"], 2) << "the best the case allows on this dimension";
  EXPECT_EQ(objectives[0]["status"], "passed");
  EXPECT_EQ(objectives[0]["lang"], "en");
}

TEST(LmsReport, ABookmarkIsReadBackAsTheScreenItNames) {
  for (const Position& p :
       {Position{Position::Kind::caseRun, "lisa-wordt-18", ""}, Position{Position::Kind::page, "wmo-route", "melding"},
        Position{Position::Kind::quiz, "wmo-route", ""}}) {
    const Bookmark b = parseBookmark(bookmark(p));
    EXPECT_EQ(b.caseId, p.kind == Position::Kind::caseRun ? p.container : "") << bookmark(p);
    EXPECT_EQ(b.moduleId, p.kind == Position::Kind::caseRun ? "" : p.container) << bookmark(p);
    EXPECT_EQ(b.pageId, p.kind == Position::Kind::page ? p.page : p.kind == Position::Kind::quiz ? "check" : "");
  }
  EXPECT_EQ(bookmark(Position{}), "");
  for (const char* odd : {"", "case=", "case=a b", "case=x&", "module=m", "page=p&module=m&case=c", "case/x/n06",
                          "module=m&page=p&module=n", "case=<script>"}) {
    const Bookmark b = parseBookmark(odd);
    EXPECT_TRUE(b.caseId.empty() && b.moduleId.empty() && b.pageId.empty()) << odd;
  }
  EXPECT_EQ(parseBookmark("page=p&module=m").moduleId, "m") << "in either order";
}
