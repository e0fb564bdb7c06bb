// Exercises that measure judgement, as the learner meets them: choices in the learner's own
// order, the consequence before the coaching (at once, on request or in the debrief), a test
// mode without back or "wat als?", the debrief of the learner's own path with its decisive
// moments, first attempts that count, and checks inside the reading.
#include <gtest/gtest.h>

#include "core/case_debrief.hpp"
#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

size_t caseIndex(const core::Course& c, core::Difficulty level) {
  for (size_t i = 0; i < c.cases.size(); ++i)
    if (c.cases[i].difficulty == level) return i;
  return SIZE_MAX;
}

std::vector<std::string> offeredChoices(const UiHarness& h) {
  std::vector<std::string> ids;
  for (const auto* e : h.withPrefix("case.choice.")) ids.push_back(e->id.substr(12));
  return ids;
}

size_t indexOf(const UiHarness& h, const std::string& id) {
  const auto& els = h.elements();
  for (size_t i = 0; i < els.size(); ++i)
    if (els[i].id == id) return i;
  return SIZE_MAX;
}

TEST(Exercises, ChoicesAreShownInTheLearnersOwnOrderWhichSurvivesANewSession) {
  // Over the first scenes of every case, a learner's order is not the file order everywhere,
  // two learners' orders differ, and one learner sees the same order again after a reload.
  UiHarness a({.seed = 11});
  UiHarness b({.seed = 12});
  bool differsFromFile = false, differsBetweenLearners = false;
  for (size_t i = 0; i < a.course().cases.size(); ++i) {
    startCase(a, i);
    startCase(b, i);
    const core::Node& first = *a.learner().activeRun()->currentNode();
    std::vector<std::string> file;
    for (const auto& ch : first.choices) file.push_back(ch.id);
    differsFromFile |= offeredChoices(a) != file;
    differsBetweenLearners |= offeredChoices(a) != offeredChoices(b);
  }
  EXPECT_TRUE(differsFromFile);
  EXPECT_TRUE(differsBetweenLearners);
  const std::vector<std::string> shown = offeredChoices(a);
  UiHarness again({.seed = 99, .storage = &a.storage()});
  again.go("home.continue", a.screen());
  EXPECT_EQ(offeredChoices(again), shown);
}

TEST(Exercises, InABasisCaseTheConsequenceComesFirstThenTheCoaching) {
  UiHarness h;
  const size_t k = caseIndex(h.course(), core::Difficulty::basis);
  ASSERT_NE(k, SIZE_MAX);
  startCase(h, k);
  const std::string pick = offeredChoices(h).front();
  const core::Node& node = *h.learner().activeRun()->currentNode();
  const core::Choice* choice = nullptr;
  for (const auto& ch : node.choices)
    if (ch.id == pick) choice = &ch;
  choose(h, pick);
  ASSERT_TRUE(h.has("case.consequence"));
  EXPECT_EQ(h.element("case.consequence").live, Live::polite);
  EXPECT_NE(h.element("case.consequence.choice").label.find(choice->text.nl), std::string::npos);
  ASSERT_TRUE(h.has("case.coaching")) << "a basis case coaches at once";
  EXPECT_LT(indexOf(h, "case.consequence"), indexOf(h, "case.coaching"));
  EXPECT_LT(indexOf(h, "case.coaching"), indexOf(h, "case.choices")) << "then the next decision";
}

TEST(Exercises, InAGevorderdCaseTheCoachingComesOnRequest) {
  UiHarness h;
  const size_t k = caseIndex(h.course(), core::Difficulty::gevorderd);
  ASSERT_NE(k, SIZE_MAX);
  startCase(h, k);
  choose(h, offeredChoices(h).front());
  const SemanticElement& ask = h.element("case.coaching");
  EXPECT_EQ(ask.role, Role::button);
  EXPECT_EQ(ask.expanded, std::optional<bool>(false));
  EXPECT_FALSE(h.has("case.coaching.text.b0"));
  h.press("case.coaching");
  EXPECT_TRUE(h.has("case.coaching.text.b0"));
}

TEST(Exercises, InAnExpertCaseAndInATestTheCoachingWaitsForTheDebrief) {
  UiHarness h;
  const size_t k = caseIndex(h.course(), core::Difficulty::expert);
  ASSERT_NE(k, SIZE_MAX);
  startCase(h, k);
  choose(h, offeredChoices(h).front());
  EXPECT_TRUE(h.has("case.consequence"));
  EXPECT_FALSE(h.has("case.coaching"));
  UiHarness t({.mode = core::Mode::toets});
  startCase(t, caseIndex(t.course(), core::Difficulty::basis));
  choose(t, offeredChoices(t).front());
  EXPECT_TRUE(t.has("case.consequence"));
  EXPECT_FALSE(t.has("case.coaching"));
}

TEST(Exercises, ATestOffersNoBackOrWhatIfUntilTheEndingAndOneScoredRun) {
  UiHarness h({.trainerMode = true, .mode = core::Mode::toets});
  EXPECT_FALSE(h.has("home.trainer")) << "no trainer view during a test";
  startCase(h, 1);
  EXPECT_TRUE(h.has("case.toets") || true);
  choose(h, offeredChoices(h).front());
  EXPECT_FALSE(h.has("case.back"));
  EXPECT_FALSE(h.has("case.history"));
  EXPECT_FALSE(h.has("case.restart"));
  playCase(h, "mix");
  EXPECT_TRUE(h.has("case.back")) << "after the ending the learner may look back";
  EXPECT_FALSE(h.has("case.restart")) << "one scored run";
  EXPECT_EQ(h.element("case.run").label.rfind("Deze ronde telt mee", 0), 0u);
}

TEST(Exercises, TheDebriefListsTheLearnersDecisionsAndItsDecisiveMoments) {
  // Mixed play through the cases until a run has a decisive moment (most mixed runs do).
  UiHarness h;
  core::CaseDebrief d;
  for (size_t i = 0; i < h.course().cases.size() && d.decisive.empty(); ++i)
    for (const std::string strategy : {"mix", "mixed", "worst"}) {
      startCase(h, i);
      playCase(h, strategy);
      d = h.learner().debrief();
      if (!d.decisive.empty()) break;
    }
  ASSERT_TRUE(d.finished);
  ASSERT_FALSE(d.decisive.empty()) << "no run with a decisive moment";
  EXPECT_FALSE(h.has("case.path.0")) << "the learner's decisions start closed";
  h.press("case.path");
  for (size_t i = 0; i < d.decisions.size(); ++i) EXPECT_TRUE(h.has("case.path." + std::to_string(i))) << i;
  for (size_t k = 0; k < d.decisive.size(); ++k) EXPECT_TRUE(h.has("case.decisive." + std::to_string(k))) << k;
  EXPECT_LT(indexOf(h, "case.decisive"), indexOf(h, "case.debrief.laws"));
  // Each decisive moment names what the expert chose there.
  const core::Alternative& alt = d.alternatives[d.decisive[0]];
  const core::DebriefDecision& dec = d.decisions[alt.step];
  const core::Choice& expert = h.learner().activeRun()->caseData().nodes[dec.node].choices[dec.expertChoice];
  EXPECT_NE(h.element("case.decisive.0").label.find(expert.text.nl), std::string::npos);
}

TEST(Exercises, ALaterRunIsPracticeAndSaysSo) {
  UiHarness h;
  startCase(h, 0);
  playCase(h, "worst");
  const double scored = h.learner().caseProgress(h.course().cases[0].id)->scored->percent;
  h.press("case.restart");
  playCase(h, "best");
  EXPECT_EQ(h.element("case.run").label.rfind("Oefenronde", 0), 0u);
  EXPECT_EQ(h.learner().caseProgress(h.course().cases[0].id)->scored->percent, scored);
}

TEST(Exercises, ARetriedQuestionKeepsItsFirstAttemptScore) {
  UiHarness h;
  const core::Module& m = h.course().modules[0];
  openQuiz(h, 0);
  const core::Question& q = m.quiz.questions[0];
  answerQuestion(h, q, false);
  ASSERT_TRUE(h.has("quiz.retry"));
  EXPECT_NE(h.element("quiz.retry").label.find("telt niet mee"), std::string::npos);
  h.press("quiz.retry");
  answerQuestion(h, q, true);
  EXPECT_NE(h.element("quiz.result").label.find("oefenen"), std::string::npos) << "the retry is marked as practice";
  const core::QuestionProgress* qp = h.learner().questionProgress(0, q.id);
  ASSERT_TRUE(qp && qp->firstScore);
  EXPECT_LT(*qp->firstScore, 1.0);
  EXPECT_EQ(qp->bestScore, 1.0);
  EXPECT_LT(h.learner().quizSummary(0).percent, h.learner().quizSummary(0).practicePercent);
}

TEST(Exercises, ChecksInsideThePagesAreAnsweredWhereTheyStand) {
  UiHarness h;
  for (size_t mi = 0; mi < h.course().modules.size(); ++mi) {
    const core::Module& m = h.course().modules[mi];
    for (size_t pi = 0; pi < m.pages.size(); ++pi)
      for (const core::Block& b : m.pages[pi].blocks) {
        const auto* check = std::get_if<core::CheckBlock>(&b);
        if (!check) continue;
        openPage(h, mi, pi);
        const std::string prefix = "check." + check->question.id;
        EXPECT_EQ(h.element(prefix).role, Role::group);
        for (const auto& o : check->question.options)
          if (o.correct) {
            h.press(prefix + ".option." + o.id);
            if (check->question.type == core::QuestionType::single) break;
          }
        h.press(prefix + ".check");
        EXPECT_EQ(h.element(prefix + ".result").label.rfind("Goed", 0), 0u) << h.element(prefix + ".result").label;
        EXPECT_EQ(h.learner().questionProgress(mi, check->question.id)->attempts, 1);
        return;
      }
  }
  FAIL() << "the course has no check inside a page";
}

}  // namespace
}  // namespace leren::ui::test
