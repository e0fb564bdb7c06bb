#include "core/case_engine.hpp"

#include <gtest/gtest.h>

#include "case_builder.hpp"

using namespace leren::core;
using leren::core::test::CaseBuilder;

namespace {

// n1 --a--> n2 --c--> (branch) --> goed / matig
//    --b--> n2 --d [if vertrouwen >= 3]--> slecht
Case sampleCase() {
  return CaseBuilder("sample")
      .number("vertrouwen", 0, 10, 5)
      .number("weken", 0, 52, 0)
      .flag("gehoord", false)
      .dimension("vraag", 3)
      .dimension("recht", 1)
      .passPercent(60)
      .node("n1")
      .choice("a", "n2", "", {"vertrouwen += 2", "gehoord = true"}, {{"vraag", 2}, {"recht", 1}})
      .choice("b", "n2", "", {"vertrouwen -= 4", "weken += 3"}, {{"vraag", -1}})
      .node("n2", "standaard")
      .variant("gehoord", "je bent gehoord")
      .variant("vertrouwen < 2", "wantrouwen")
      .choice("c", "n3", "", {"weken += 1"}, {{"vraag", 2}})
      .choice("d", "slecht", "vertrouwen >= 3", {"vertrouwen = vertrouwen * 10"})
      .node("n3")
      .branch("goed", "score.vraag >= 4 and vertrouwen >= 6")
      .branch("matig")
      .ending("goed")
      .ending("matig", Rating::mixed)
      .ending("slecht", Rating::poor)
      .build();
}

}  // namespace

TEST(CaseEngine, StartsAtTheStartWithInitialValues) {
  const Case c = sampleCase();
  CaseRun run(c);
  EXPECT_EQ(run.where(), CaseRun::Where::node);
  ASSERT_NE(run.currentNode(), nullptr);
  EXPECT_EQ(run.currentNode()->id, "n1");
  EXPECT_EQ(run.value("vertrouwen"), 5);
  EXPECT_EQ(run.value("gehoord"), 0);
  EXPECT_EQ(run.value("score.vraag"), 0);
  EXPECT_EQ(run.value("onbekend"), 0);
  EXPECT_EQ(run.value("score.onbekend"), 0);
  EXPECT_EQ(run.availableChoices(), (std::vector<size_t>{0, 1}));
  EXPECT_FALSE(run.finished());
  EXPECT_EQ(run.ending(), nullptr);
}

TEST(CaseEngine, ChoiceAppliesEffectsScoresAndRecordsTheStep) {
  const Case c = sampleCase();
  CaseRun run(c);
  ASSERT_TRUE(run.choose("a"));
  EXPECT_EQ(run.currentNode()->id, "n2");
  EXPECT_EQ(run.value("vertrouwen"), 7);
  EXPECT_EQ(run.value("gehoord"), 1);
  EXPECT_EQ(run.value("score.vraag"), 2);
  EXPECT_EQ(run.value("score.recht"), 1);
  ASSERT_EQ(run.history().size(), 1u);
  const CaseStep& step = run.history()[0];
  EXPECT_EQ(step.node, 0u);
  EXPECT_EQ(run.choiceOf(step).id, "a");
  EXPECT_EQ(run.choiceOf(step).consequence.nl, "gevolg a");
  EXPECT_EQ(step.before.variables[0], 5);
  EXPECT_EQ(step.after.variables[0], 7);
  EXPECT_EQ(step.after, run.state());
  EXPECT_EQ(run.log(), (std::vector<std::string>{"a"}));
}

TEST(CaseEngine, ValuesAreClampedToTheVariableRange) {
  const Case c = sampleCase();
  CaseRun run(c);
  ASSERT_TRUE(run.choose("b"));  // vertrouwen 5 - 4 = 1
  EXPECT_EQ(run.value("vertrouwen"), 1);
  CaseRun high(c);
  ASSERT_TRUE(high.choose("a"));  // 7
  ASSERT_TRUE(high.choose("d"));  // 7 * 10 = 70 -> clamped to 10
  EXPECT_EQ(high.value("vertrouwen"), 10);
}

TEST(CaseEngine, ConditionsDecideWhichChoicesAreAvailable) {
  const Case c = sampleCase();
  CaseRun run(c);
  ASSERT_TRUE(run.choose("b"));  // vertrouwen 1: "d" needs >= 3
  EXPECT_EQ(run.availableChoices(), (std::vector<size_t>{0}));
  EXPECT_FALSE(run.choose("d"));
  EXPECT_FALSE(run.choose("bestaat-niet"));
  EXPECT_EQ(run.log().size(), 1u);  // nothing changed
  EXPECT_EQ(run.currentNode()->id, "n2");
}

TEST(CaseEngine, TextVariantsFollowTheState) {
  const Case c = sampleCase();
  const size_t n2 = *c.nodeIndex("n2");
  CaseRun heard(c);
  heard.choose("a");
  EXPECT_EQ(heard.nodeText(n2).nl, "je bent gehoord");
  CaseRun distrust(c);
  distrust.choose("b");
  EXPECT_EQ(distrust.nodeText(n2).nl, "wantrouwen");
  CaseRun fresh(c);
  EXPECT_EQ(fresh.nodeText(n2).nl, "standaard");
}

TEST(CaseEngine, BranchNodesAreFollowedAutomatically) {
  const Case c = sampleCase();
  CaseRun good(c);
  ASSERT_TRUE(good.choose("a"));
  ASSERT_TRUE(good.choose("c"));  // vraag 4, vertrouwen 7 -> goed
  ASSERT_TRUE(good.finished());
  EXPECT_EQ(good.ending()->id, "goed");
  EXPECT_EQ(good.currentNode(), nullptr);
  EXPECT_EQ(good.history().back().branchesFollowed, (std::vector<size_t>{*c.nodeIndex("n3")}));
  EXPECT_TRUE(good.availableChoices().empty());
  EXPECT_FALSE(good.choose("a"));

  CaseRun mixed(c);
  mixed.choose("b");
  mixed.choose("c");
  ASSERT_TRUE(mixed.finished());
  EXPECT_EQ(mixed.ending()->id, "matig");
}

TEST(CaseEngine, ResultScoresDimensionsAgainstTheBestPossible) {
  const Case c = sampleCase();
  CaseRun good(c);
  good.choose("a");
  good.choose("c");
  const CaseResult r = good.result();
  EXPECT_EQ(r.ending, *c.endingIndex("goed"));
  ASSERT_EQ(r.dimensions.size(), 2u);
  EXPECT_EQ(r.dimensions[0].id, "vraag");
  EXPECT_EQ(r.dimensions[0].points, 4);
  EXPECT_EQ(r.dimensions[0].max, 4);
  EXPECT_TRUE(r.dimensions[0].passed);
  EXPECT_EQ(r.dimensions[1].points, 1);
  EXPECT_TRUE(r.dimensions[1].passed);
  EXPECT_EQ(r.total, 5);
  EXPECT_EQ(r.maxTotal, 5);
  EXPECT_DOUBLE_EQ(r.percent, 100);
  EXPECT_TRUE(r.passed);

  CaseRun poor(c);
  poor.choose("b");
  poor.choose("c");
  const CaseResult p = poor.result();
  EXPECT_EQ(p.dimensions[0].points, 1);
  EXPECT_FALSE(p.dimensions[0].passed);
  EXPECT_FALSE(p.dimensions[1].passed);
  EXPECT_DOUBLE_EQ(p.percent, 20);
  EXPECT_FALSE(p.passed);
}

TEST(CaseEngine, UnfinishedRunDoesNotPass) {
  const Case c = sampleCase();
  CaseRun run(c);
  run.choose("a");
  EXPECT_FALSE(run.result().passed);
  EXPECT_EQ(run.result().total, 3);
}

TEST(CaseEngine, ReplayReproducesTheStateExactly) {
  const Case c = sampleCase();
  CaseRun run(c);
  run.choose("a");
  run.choose("c");
  const CaseRun again = CaseRun::replay(c, run.log());
  EXPECT_TRUE(again.replayedAll());
  EXPECT_EQ(again.state(), run.state());
  EXPECT_EQ(again.where(), run.where());
  EXPECT_EQ(again.position(), run.position());
  EXPECT_EQ(again.log(), run.log());
  EXPECT_EQ(again.history().size(), 2u);
}

TEST(CaseEngine, ReplayStopsAtTheFirstChoiceThatNoLongerApplies) {
  const Case c = sampleCase();
  const CaseRun run = CaseRun::replay(c, {"b", "d", "c"});  // "d" is not available after "b"
  EXPECT_FALSE(run.replayedAll());
  EXPECT_EQ(run.log(), (std::vector<std::string>{"b"}));
  EXPECT_EQ(run.currentNode()->id, "n2");
}

TEST(CaseEngine, BackUndoesTheLastChoice) {
  const Case c = sampleCase();
  CaseRun run(c);
  EXPECT_FALSE(run.back());
  run.choose("a");
  run.choose("c");
  ASSERT_TRUE(run.back());
  EXPECT_EQ(run.log(), (std::vector<std::string>{"a"}));
  EXPECT_EQ(run.currentNode()->id, "n2");
  EXPECT_EQ(run.value("weken"), 0);
  EXPECT_EQ(run.state(), CaseRun::replay(c, {"a"}).state());
}

TEST(CaseEngine, WhatIfGoesBackToBeforeAStep) {
  const Case c = sampleCase();
  CaseRun run(c);
  run.choose("a");
  run.choose("c");
  EXPECT_FALSE(run.whatIf(2));
  ASSERT_TRUE(run.whatIf(0));
  EXPECT_TRUE(run.log().empty());
  EXPECT_EQ(run.currentNode()->id, "n1");
  EXPECT_EQ(run.value("vertrouwen"), 5);
  ASSERT_TRUE(run.choose("b"));
  ASSERT_TRUE(run.choose("c"));
  EXPECT_EQ(run.ending()->id, "matig");
}

TEST(CaseEngine, StartOnABranchNodeIsFollowed) {
  const Case c = CaseBuilder()
                     .number("x", 0, 10, 8)
                     .dimension("d", 0)
                     .node("router")
                     .branch("hoog", "x > 5")
                     .branch("laag")
                     .node("hoog")
                     .choice("klaar", "einde")
                     .node("laag")
                     .choice("klaar", "einde")
                     .ending("einde")
                     .build();
  CaseRun run(c);
  EXPECT_EQ(run.currentNode()->id, "hoog");
  EXPECT_EQ(run.startBranches(), (std::vector<size_t>{0}));
  EXPECT_TRUE(run.choose("klaar"));
  EXPECT_TRUE(run.finished());
}

TEST(CaseEngine, BrokenBranchesGetStuckInsteadOfLooping) {
  const Case noMatch = CaseBuilder().number("x", 0, 10, 0).node("a").branch("e", "x > 5").ending("e").build();
  CaseRun stuck(noMatch);
  EXPECT_EQ(stuck.where(), CaseRun::Where::stuck);
  EXPECT_TRUE(stuck.availableChoices().empty());
  EXPECT_FALSE(stuck.choose("x"));

  const Case loop = CaseBuilder().node("a").branch("b").node("b").branch("a").ending("e").build();
  EXPECT_EQ(CaseRun(loop).where(), CaseRun::Where::stuck);

  Case noStart = CaseBuilder().node("a").choice("x", "e").ending("e").start("nergens").build();
  EXPECT_EQ(CaseRun(noStart).where(), CaseRun::Where::stuck);

  const Case startAtEnding = CaseBuilder().node("a").choice("x", "e").ending("e").start("e").build();
  EXPECT_TRUE(CaseRun(startAtEnding).finished());
}

TEST(CaseEngine, ConditionHoldsEvaluatesAgainstAState) {
  const Case c = sampleCase();
  CaseState s;
  s.variables = {4, 0, 1};
  s.scores = {2, 0};
  EXPECT_TRUE(conditionHolds(c, test::cond(""), s));
  EXPECT_TRUE(conditionHolds(c, test::cond("vertrouwen >= 4 and gehoord and score.vraag == 2"), s));
  EXPECT_FALSE(conditionHolds(c, test::cond("vertrouwen > 4 or not gehoord"), s));
}
