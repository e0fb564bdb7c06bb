#include "core/progress_merge.hpp"

#include <gtest/gtest.h>

using namespace leren::core;

namespace {

QuestionProgress question(double first, int attempts, double best) {
  QuestionProgress q;
  q.firstScore = first;
  q.attempts = attempts;
  q.bestScore = best;
  return q;
}

CaseProgress caseAt(std::vector<std::string> log, int run = 0, int undos = 0) {
  CaseProgress c;
  c.choiceLog = std::move(log);
  c.run = run;
  c.undos = undos;
  return c;
}

RunResult result(const std::string& ending, double percent) {
  RunResult r;
  r.ending = ending;
  r.percent = percent;
  r.passed = percent >= 70;
  return r;
}

Progress withPages(std::set<std::string> pages) {
  Progress p;
  p.seed = 7;
  p.modules["wmo"].visitedPages = std::move(pages);
  return p;
}

}  // namespace

TEST(ProgressMerge, OneSideChangedTakesThatSide) {
  Progress base = withPages({"a"});
  Progress ours = base;
  ours.modules["wmo"].visitedPages.insert("b");
  ours.settings.theme = Theme::dark;
  EXPECT_EQ(mergeProgress(base, ours, base, MergeNewer::theirs), ours);
  EXPECT_EQ(mergeProgress(base, base, ours, MergeNewer::ours), ours);
}

TEST(ProgressMerge, VisitedPagesAreTheUnionOfBothSidesAdditions) {
  const Progress base = withPages({"a"});
  Progress ours = withPages({"a", "b"}), theirs = withPages({"a", "c"});
  const Progress merged = mergeProgress(base, ours, theirs, MergeNewer::ours);
  EXPECT_EQ(merged.modules.at("wmo").visitedPages, (std::set<std::string>{"a", "b", "c"}));
  // Symmetric: which tab saves does not matter.
  EXPECT_EQ(mergeProgress(base, theirs, ours, MergeNewer::ours), merged);
}

TEST(ProgressMerge, AResetInOneTabIsTheNewestActionAndCarriesOver) {
  Progress base = withPages({"a", "b"});
  base.cases["casus"] = caseAt({"x", "y"});
  Progress reset;
  reset.seed = base.seed;  // reset keeps settings and seed
  EXPECT_EQ(mergeProgress(base, reset, base, MergeNewer::ours), reset);
  EXPECT_EQ(mergeProgress(base, base, reset, MergeNewer::theirs), reset);
  // ...but what the other tab did after the base is kept.
  Progress theirs = base;
  theirs.modules["wmo"].visitedPages.insert("c");
  const Progress merged = mergeProgress(base, reset, theirs, MergeNewer::ours);
  EXPECT_EQ(merged.modules.at("wmo").visitedPages, (std::set<std::string>{"c"}));
  EXPECT_FALSE(merged.cases.count("casus"));
}

TEST(ProgressMerge, AQuestionAnsweredInBothTabsKeepsTheFirstAttemptOfTheRecordWithMoreAttempts) {
  Progress base, ours, theirs;
  ours.modules["wmo"].questions["q1"] = question(1.0, 1, 1.0);
  theirs.modules["wmo"].questions["q1"] = question(0.0, 2, 0.5);
  for (MergeNewer newer : {MergeNewer::ours, MergeNewer::theirs}) {
    const QuestionProgress q = mergeProgress(base, ours, theirs, newer).modules.at("wmo").questions.at("q1");
    EXPECT_EQ(q.firstScore, 0.0);
    EXPECT_EQ(q.attempts, 3);  // every attempt was made
    EXPECT_EQ(q.bestScore, 1.0);
  }
  // Answered again in both tabs since a shared first attempt: the attempts add up.
  base.modules["wmo"].questions["q1"] = question(0.5, 1, 0.5);
  ours.modules["wmo"].questions["q1"] = question(0.5, 2, 1.0);
  theirs.modules["wmo"].questions["q1"] = question(0.5, 3, 0.5);
  const QuestionProgress q = mergeProgress(base, ours, theirs, MergeNewer::ours).modules.at("wmo").questions.at("q1");
  EXPECT_EQ(q.firstScore, 0.5);
  EXPECT_EQ(q.attempts, 4);
  EXPECT_EQ(q.bestScore, 1.0);
}

TEST(ProgressMerge, ACaseTakesTheNewerRunAndTheFirstScoredRun) {
  Progress base;
  base.cases["casus"] = caseAt({"a"});
  Progress ours = base, theirs = base;
  // Ours played on to an ending (the scored run); theirs went back and chose differently.
  ours.cases["casus"] = caseAt({"a", "b", "c"});
  ours.cases["casus"].runsCompleted = 1;
  ours.cases["casus"].endingsReached = {"goed"};
  ours.cases["casus"].scored = result("goed", 90);
  theirs.cases["casus"] = caseAt({"d"}, 0, 1);
  for (MergeNewer newer : {MergeNewer::ours, MergeNewer::theirs}) {
    const CaseProgress c = mergeProgress(base, ours, theirs, newer).cases.at("casus");
    EXPECT_EQ(c.choiceLog, (std::vector<std::string>{"d"}));  // more "back"s: the newer run
    EXPECT_EQ(c.undos, 1);
    EXPECT_EQ(c.runsCompleted, 1);
    EXPECT_EQ(c.endingsReached, (std::set<std::string>{"goed"}));
    ASSERT_TRUE(c.scored);
    EXPECT_EQ(c.scored->ending, "goed");
    EXPECT_TRUE(c.practice);  // the scored run is done: the run in play is practice
  }
}

TEST(ProgressMerge, BothTabsFinishingACaseKeepTheScoredRunStorageHadFirst) {
  Progress base, ours, theirs;
  ours.cases["casus"] = caseAt({"a", "b"});
  ours.cases["casus"].scored = result("goed", 90);
  ours.cases["casus"].runsCompleted = 1;
  ours.cases["casus"].endingsReached = {"goed"};
  theirs.cases["casus"] = caseAt({"a", "c"});
  theirs.cases["casus"].scored = result("slecht", 20);
  theirs.cases["casus"].runsCompleted = 1;
  theirs.cases["casus"].endingsReached = {"slecht"};
  const CaseProgress c = mergeProgress(base, ours, theirs, MergeNewer::ours).cases.at("casus");
  EXPECT_EQ(c.scored->ending, "slecht");  // theirs was stored before ours
  EXPECT_EQ(c.practiceBest, 90);          // ours counts as practice
  EXPECT_TRUE(c.practice);
  EXPECT_EQ(c.runsCompleted, 2);
  EXPECT_EQ(c.endingsReached, (std::set<std::string>{"goed", "slecht"}));
  EXPECT_EQ(c.choiceLog, (std::vector<std::string>{"a", "b"}));  // same run, same length: the newer side
}

TEST(ProgressMerge, ALaterRunWinsOverALongerLog) {
  Progress base, ours, theirs;
  ours.cases["casus"] = caseAt({"a", "b", "c"}, 0);
  theirs.cases["casus"] = caseAt({}, 1);
  EXPECT_EQ(mergeProgress(base, ours, theirs, MergeNewer::ours).cases.at("casus").run, 1);
}

TEST(ProgressMerge, SettingsFiguresAndPositionTakeTheNewerSideTheSeedStoragesSide) {
  Progress base;
  Progress ours = base, theirs = base;
  ours.settings.language = Lang::en;
  theirs.settings.theme = Theme::dark;
  ours.modules["wmo"].figures["radar"] = {{"x", 1}};
  theirs.modules["wmo"].figures["radar"] = {{"x", 2}};
  ours.last = {Position::Kind::page, "wmo", "a"};
  theirs.last = {Position::Kind::caseRun, "casus", ""};
  ours.seed = 11;
  theirs.seed = 22;
  const Progress a = mergeProgress(base, ours, theirs, MergeNewer::ours);
  EXPECT_EQ(a.settings, ours.settings);
  EXPECT_EQ(a.modules.at("wmo").figures.at("radar").at("x"), 1);
  EXPECT_EQ(a.last, ours.last);
  EXPECT_EQ(a.seed, 22u);
  const Progress b = mergeProgress(base, ours, theirs, MergeNewer::theirs);
  EXPECT_EQ(b.settings, theirs.settings);
  EXPECT_EQ(b.modules.at("wmo").figures.at("radar").at("x"), 2);
  EXPECT_EQ(b.last, theirs.last);
  EXPECT_EQ(b.seed, 22u);
}

TEST(ProgressMerge, StorageWithoutASeedKeepsOurs) {
  Progress base, ours, theirs;
  base.seed = ours.seed = 5;
  theirs.seed = 0;  // progress from before seeds were kept
  EXPECT_EQ(mergeProgress(base, ours, theirs, MergeNewer::ours).seed, 5u);
}

TEST(ProgressMerge, WorkIsKeptOverARemovalOnTheOtherSide) {
  Progress base;
  base.cases["casus"] = caseAt({"a"});
  Progress ours, theirs = base;  // ours reset; theirs played on
  theirs.cases["casus"] = caseAt({"a", "b"});
  EXPECT_EQ(mergeProgress(base, ours, theirs, MergeNewer::ours).cases.at("casus").choiceLog.size(), 2u);
}

TEST(ProgressMerge, MergingIsIdempotentAndKeepsNoEmptyModules) {
  Progress base = withPages({"a"});
  Progress ours = withPages({"a", "b"});
  Progress reset = base;
  reset.modules.clear();
  EXPECT_EQ(mergeProgress(base, ours, ours, MergeNewer::ours), ours);
  EXPECT_TRUE(mergeProgress(base, reset, base, MergeNewer::ours).modules.empty());
}
