// The debrief on a small hand-made case: the learner's decisions with the expert choice, and
// the decisive moments found by replay.
#include "core/case_debrief.hpp"

#include <gtest/gtest.h>

#include "case_builder.hpp"

using namespace leren::core;
using leren::core::test::CaseBuilder;

namespace {

// n0: koffie (1) | thee (0)                       -> n1
// n1: luister (2, gehoord) -> n2 | formulier (0) -> n2b
// n2: plan (2) | afwachten (0, only if not gehoord) -> n3
// n2b: plan-laat (1) | afwachten2 (0)             -> n3
// n3: branch: gehoord and score.d >= 4 -> goed; score.d >= 2 -> matig; else slecht
// Pass: 70 % of the best total (5).
Case hulpvraag(const std::string& afterFormulier = "n2b") {
  return CaseBuilder("hulpvraag")
      .flag("gehoord", false)
      .dimension("d", 0)
      .passPercent(70)
      .node("n0")
      .choice("koffie", "n1", "", {}, {{"d", 1}})
      .choice("thee", "n1")
      .node("n1")
      .choice("luister", "n2", "", {"gehoord = true"}, {{"d", 2}})
      .choice("formulier", afterFormulier)
      .node("n2")
      .choice("plan", "n3", "", {}, {{"d", 2}})
      .choice("afwachten", "n3", "not gehoord")
      .node("n2b")
      .choice("plan-laat", "n3", "", {}, {{"d", 1}})
      .choice("afwachten2", "n3")
      .node("n3")
      .branch("goed", "gehoord and score.d >= 4")
      .branch("matig", "score.d >= 2")
      .branch("slecht")
      .ending("goed", Rating::good)
      .ending("matig", Rating::mixed)
      .ending("slecht", Rating::poor)
      .build();
}

CaseRun play(const Case& c, std::vector<std::string> log, uint64_t seed = 0) {
  CaseRun run = CaseRun::replay(c, log, seed);
  EXPECT_TRUE(run.replayedAll());
  EXPECT_TRUE(run.finished());
  return run;
}

TEST(CaseDebrief, DecisionsWithTheExpertChoiceAndTheStateChanges) {
  const Case c = hulpvraag();
  const CaseDebrief d = computeDebrief(play(c, {"thee", "formulier", "afwachten2"}));
  ASSERT_TRUE(d.finished);
  EXPECT_EQ(c.endings[d.ending].id, "slecht");
  EXPECT_FALSE(d.result.passed);
  ASSERT_EQ(d.decisions.size(), 3u);
  EXPECT_EQ(d.decisions[0].node, 0u);
  EXPECT_EQ(d.decisions[0].choice, 1u);
  EXPECT_EQ(d.decisions[0].expertChoice, 0u);  // koffie
  EXPECT_FALSE(d.decisions[0].tookExpert());
  EXPECT_TRUE(d.decisions[0].changes.empty());  // thee changes nothing
  EXPECT_EQ(d.decisions[1].expertChoice, 0u);   // luister
  EXPECT_EQ(d.decisions[2].node, 3u);           // n2b
  EXPECT_EQ(d.decisions[2].expertChoice, 0u);   // plan-laat
  // A decision that changes something lists it.
  const CaseDebrief e = computeDebrief(play(c, {"koffie", "luister", "plan"}));
  ASSERT_EQ(e.decisions[1].changes.size(), 2u);
  EXPECT_EQ(e.decisions[1].changes[0].kind, StateChange::Kind::variable);
  EXPECT_EQ(e.decisions[1].changes[0].after, 1);
  EXPECT_EQ(e.decisions[1].changes[1].kind, StateChange::Kind::score);
  EXPECT_EQ(e.decisions[1].changes[1].before, 1);
  EXPECT_EQ(e.decisions[1].changes[1].after, 3);
  EXPECT_TRUE(e.alternatives.empty());  // the expert path itself
  EXPECT_TRUE(e.decisive.empty());
  EXPECT_EQ(e.rating, Rating::good);
}

TEST(CaseDebrief, TheDecisiveMomentsAreFoundByReplay) {
  const Case c = hulpvraag();
  const CaseDebrief d = computeDebrief(play(c, {"thee", "formulier", "afwachten2"}));
  ASSERT_EQ(d.alternatives.size(), 3u);
  // koffie instead of thee: 1 point, still the poor ending, still not passed.
  const Alternative& a0 = d.alternatives[0];
  EXPECT_EQ(a0.log, (std::vector<std::string>{"koffie", "formulier", "afwachten2"}));
  EXPECT_EQ(a0.keptLaterChoices, 2u);
  EXPECT_EQ(c.endings[a0.ending].id, "slecht");
  EXPECT_FALSE(a0.decisive());
  // luister instead of formulier: the story goes to n2, where the learner never was: the
  // expert's plan from there on, to the good ending and a pass.
  const Alternative& a1 = d.alternatives[1];
  EXPECT_EQ(a1.log, (std::vector<std::string>{"thee", "luister", "plan"}));
  EXPECT_EQ(a1.keptLaterChoices, 0u);
  EXPECT_EQ(c.endings[a1.ending].id, "goed");
  EXPECT_TRUE(a1.result.passed);
  EXPECT_TRUE(a1.ratingChanged);
  EXPECT_TRUE(a1.passChanged);
  // plan-laat instead of afwachten2: 1 point, still poor.
  const Alternative& a2 = d.alternatives[2];
  EXPECT_EQ(a2.log, (std::vector<std::string>{"thee", "formulier", "plan-laat"}));
  EXPECT_FALSE(a2.decisive());
  EXPECT_EQ(d.decisive, (std::vector<size_t>{1}));
}

TEST(CaseDebrief, LaterChoicesAreKeptWhereTheStoryStillOffersThem) {
  const Case c = hulpvraag();
  // thee, formulier, plan-laat: 1 point, poor. With koffie first: 2 points, mixed.
  const CaseDebrief d = computeDebrief(play(c, {"thee", "formulier", "plan-laat"}));
  ASSERT_FALSE(d.alternatives.empty());
  const Alternative& a0 = d.alternatives[0];
  EXPECT_EQ(a0.log, (std::vector<std::string>{"koffie", "formulier", "plan-laat"}));
  EXPECT_EQ(c.endings[a0.ending].id, "matig");
  EXPECT_TRUE(a0.ratingChanged);
  EXPECT_FALSE(a0.passChanged);  // 2 of 5 points: still not passed
  EXPECT_TRUE(a0.decisive());
}

TEST(CaseDebrief, ALaterChoiceThatIsNoLongerOfferedHandsOverToTheExpert) {
  // Here "formulier" leads to n2 too, where a learner who did not listen may wait.
  const Case c = hulpvraag("n2");
  const CaseDebrief d = computeDebrief(play(c, {"koffie", "formulier", "afwachten"}));
  EXPECT_EQ(c.endings[d.ending].id, "slecht");
  ASSERT_EQ(d.alternatives.size(), 2u);
  const Alternative& a = d.alternatives[0];  // luister instead of formulier
  EXPECT_EQ(a.step, 1u);
  // "afwachten" needs `not gehoord`: gone after listening, so the expert plans.
  EXPECT_EQ(a.log, (std::vector<std::string>{"koffie", "luister", "plan"}));
  EXPECT_EQ(a.keptLaterChoices, 0u);
  EXPECT_EQ(c.endings[a.ending].id, "goed");
  EXPECT_TRUE(a.decisive());
}

TEST(CaseDebrief, TheReplayUsesTheRunsSeedAndAnUnfinishedRunHasNoDebrief) {
  const Case c = hulpvraag();
  const CaseRun seeded = play(c, {"thee", "formulier", "afwachten2"}, 12345);
  const CaseDebrief d = computeDebrief(seeded);
  EXPECT_EQ(d.decisive, (std::vector<size_t>{1}));
  EXPECT_FALSE(computeDebrief(CaseRun::replay(c, {"thee"})).finished);
}

}  // namespace
