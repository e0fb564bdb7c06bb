#include "core/case_analysis.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "case_builder.hpp"
#include "core/content_model.hpp"

using namespace leren::core;
using leren::core::test::CaseBuilder;

namespace {

std::vector<std::pair<std::string, std::string>> codes(const Case& c) {
  std::vector<Diagnostic> out;
  analyzeCase(c, c.file, out);
  std::vector<std::pair<std::string, std::string>> result;
  for (const Diagnostic& d : out) {
    EXPECT_EQ(d.file, c.file);
    EXPECT_FALSE(d.message.nl.empty());
    EXPECT_FALSE(d.message.en.empty());
    result.emplace_back(d.code, d.pointer);
  }
  return result;
}

using Codes = std::vector<std::pair<std::string, std::string>>;

// A clean case: every check passes.
CaseBuilder cleanBase() {
  CaseBuilder b("schoon");
  b.number("vertrouwen", 0, 10, 5)
      .flag("gehoord", false)
      .dimension("vraag", 2)
      .node("n1")
      .choice("luisteren", "n2", "", {"vertrouwen += 2", "gehoord = true"}, {{"vraag", 2}})
      .choice("afwimpelen", "n2", "", {"vertrouwen -= 3"}, {{"vraag", -1}})
      .node("n2")
      .choice("doorpakken", "goed", "vertrouwen >= 6")
      .choice("afronden", "n3")
      .node("n3")
      .branch("goed", "gehoord")
      .branch("zwak")
      .ending("goed")
      .ending("zwak", Rating::poor);
  return b;
}

}  // namespace

TEST(CaseAnalysis, CleanCaseHasNoFindings) { EXPECT_EQ(codes(cleanBase().build()), Codes{}); }

TEST(CaseAnalysis, UnreachableNodeAndEnding) {
  const Case c = cleanBase().node("wees").choice("x", "goed").ending("nooit").build();
  EXPECT_EQ(codes(c), (Codes{{"case.unreachable-node", "/nodes/3"}, {"case.unreachable-ending", "/endings/2"}}));
}

TEST(CaseAnalysis, NodeWithoutWayToAnEnding) {
  const Case c = CaseBuilder()
                     .node("a")
                     .choice("verder", "lus")
                     .choice("stop", "einde")
                     .node("lus")
                     .choice("rond", "lus2")
                     .node("lus2")
                     .choice("rond", "lus")
                     .ending("einde")
                     .build();
  EXPECT_EQ(codes(c), (Codes{{"case.no-ending-reachable", "/nodes/1"}, {"case.no-ending-reachable", "/nodes/2"}}));
}

TEST(CaseAnalysis, ChoiceThatCanNeverBeEnabled) {
  // vertrouwen starts at 5 and only goes up by 2 once at most... but += anywhere may repeat in
  // a loop, so the analysis uses the clamped range: 5..10. "vertrouwen < 3" is impossible.
  const Case c = CaseBuilder()
                     .number("vertrouwen", 0, 10, 5)
                     .node("a")
                     .choice("x", "b", "", {"vertrouwen += 2"})
                     .node("b")
                     .choice("onmogelijk", "einde", "vertrouwen < 3")
                     .choice("mogelijk", "einde", "vertrouwen >= 7")
                     .choice("ook", "einde", "vertrouwen > 4 and vertrouwen < 100")
                     .ending("einde")
                     .build();
  EXPECT_EQ(codes(c), (Codes{{"case.condition-never-true", "/nodes/1/choices/0/if"}}));
}

TEST(CaseAnalysis, IntervalReasoningCoversOperatorsConservatively) {
  // Each condition below is possible; none may be flagged. (Correlated conditions such as
  // "x > 5 and x < 5" are out of reach of interval reasoning and are not flagged: conservative.)
  const std::vector<std::string> possible = {"x * 2 >= 18",
                                             "x / 2 <= 0",
                                             "x / y > 3",
                                             "-x < -8",
                                             "abs(x - 20) > 15",
                                             "min(x, 3) == 3",
                                             "max(x, 1) != 1",
                                             "round(x) == 9",
                                             "floor(x / 4) >= 2",
                                             "ceil(x / 4) <= 0",
                                             "if(x > 5, 1, 0)",
                                             "not (x > 5)",
                                             "x == 0 or x == 9",
                                             "f",
                                             "not f",
                                             "score.d >= 2",
                                             "score.d < 0",
                                             "x != 2"};
  const std::vector<std::string> impossible = {"x > 9",         "x * 2 > 18",    "-x > 0",       "abs(x) > 9",
                                               "min(x, 3) > 3", "max(x, 4) < 4", "x == 10",      "x > 9 and x < 5",
                                               "not (x >= 0)",  "floor(x) > 9",  "ceil(x) < 0",  "if(x > 100, 1, 0)",
                                               "round(x) < 0",  "score.d > 2",   "score.d < -1", "(x > 20) or (x < 0)",
                                               "x / 3 > 3",     "x - 10 > 0",    "y != 1"};
  CaseBuilder b;
  b.number("x", 0, 9, 0).number("y", 1, 1, 1).flag("f", false).dimension("d", 0).node("a");
  for (const auto& p : possible) b.choice("p" + std::to_string(&p - possible.data()), "einde", p);
  for (const auto& i : impossible) b.choice("i" + std::to_string(&i - impossible.data()), "einde", i);
  b.choice("zet", "b", "", {"x = 9", "f = true"}, {{"d", 2}});
  b.choice("min", "einde", "", {"x -= 1"}, {{"d", -1}});
  b.node("b").choice("terug", "einde", "", {"x = 0"});
  b.ending("einde");
  std::vector<std::string> flagged;
  for (const auto& [code, pointer] : codes(b.build()))
    if (code == "case.condition-never-true") flagged.push_back(pointer);
  std::vector<std::string> expected;
  for (size_t i = 0; i < impossible.size(); ++i)
    expected.push_back("/nodes/0/choices/" + std::to_string(possible.size() + i) + "/if");
  EXPECT_EQ(flagged, expected);
}

TEST(CaseAnalysis, BranchAndVariantConditions) {
  const Case c = CaseBuilder()
                     .number("x", 0, 5, 0)
                     .node("a")
                     .variant("x > 10", "nooit")
                     .choice("go", "b", "", {"x += 1"})
                     .node("b")
                     .branch("einde", "x > 7")
                     .branch("einde", "x >= 1")
                     .ending("einde")
                     .build();
  EXPECT_EQ(codes(c), (Codes{{"case.variant-never-true", "/nodes/0/variants/0/if"},
                             {"case.condition-never-true", "/nodes/1/branch/0/if"},
                             {"case.branch-no-fallback", "/nodes/1/branch/1"}}));
}

TEST(CaseAnalysis, DeadEndFoundByPlaying) {
  // After "weg" the only choice at b needs x >= 1, which is 0: really stuck.
  const Case c = CaseBuilder()
                     .number("x", 0, 5, 1)
                     .node("a")
                     .choice("weg", "b", "", {"x = 0"})
                     .choice("blijf", "b")
                     .node("b")
                     .choice("door", "einde", "x >= 1")
                     .ending("einde")
                     .build();
  const Codes found = codes(c);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], (std::pair<std::string, std::string>{"case.dead-end", "/nodes/1"}));
  std::vector<Diagnostic> out;
  analyzeCase(c, c.file, out);
  EXPECT_NE(out[0].message.en.find("weg"), std::string::npos);  // the path is shown
  // Without playing (the app at start-up) only the static checks run: nothing is found.
  out.clear();
  analyzeCase(c, c.file, out, /*play=*/false);
  EXPECT_TRUE(out.empty());
}

TEST(CaseAnalysis, HiddenVariablesMustBeReadAndWritten) {
  const Case c = CaseBuilder()
                     .number("alleen_geschreven", 0, 5, 0, VariableGroup::verborgen)
                     .number("alleen_gelezen", 0, 5, 1, VariableGroup::verborgen)
                     .number("ongebruikt", 0, 5, 0, VariableGroup::verborgen)
                     .number("zichtbaar", 0, 5, 0, VariableGroup::status)
                     .number("gezond", 0, 10, 5, VariableGroup::gezondheid)
                     .node("a")
                     .choice("x", "einde", "alleen_gelezen >= 1", {"alleen_geschreven += 1", "zichtbaar += 1"})
                     .ending("einde")
                     .build();
  EXPECT_EQ(codes(c), (Codes{{"case.variable-never-read", "/variables/0"},
                             {"case.variable-never-written", "/variables/1"},
                             {"case.variable-unused", "/variables/2"}}));
}

TEST(CaseAnalysis, PassMarkOutOfReach) {
  const Case c = CaseBuilder()
                     .dimension("haalbaar", 2)
                     .dimension("onhaalbaar", 5)
                     .node("a")
                     .choice("x", "einde", "", {}, {{"haalbaar", 2}, {"onhaalbaar", 3}})
                     .choice("y", "einde", "", {}, {{"onhaalbaar", 4}})
                     .ending("einde")
                     .build();
  EXPECT_EQ(codes(c), (Codes{{"case.pass-unreachable", "/scoring/dimensions/1/pass"}}));
}

TEST(CaseAnalysis, ScoreBoundsOverPaths) {
  const Case c = CaseBuilder()
                     .dimension("a", 0)
                     .dimension("b", 0)
                     .node("n1")
                     .choice("x", "n2", "", {}, {{"a", 3}})
                     .choice("y", "n2", "", {}, {{"a", -1}, {"b", 2}})
                     .node("n2")
                     .choice("z", "e1", "", {}, {{"b", 1}})
                     .choice("w", "e2", "", {}, {{"a", 1}, {"b", -2}})
                     .ending("e1")
                     .ending("e2")
                     .build();
  const ScoreBounds b = computeScoreBounds(c);
  EXPECT_TRUE(b.bounded);
  EXPECT_TRUE(b.endingReachable);
  EXPECT_EQ(b.dimensionMax, (std::vector<double>{4, 3}));
  EXPECT_EQ(b.dimensionMin, (std::vector<double>{-1, -2}));
  EXPECT_EQ(b.totalMax, 4);  // x + z = 3 + 1, or x + w = 3 + 1 - 2 = 2, y + z = 3
  EXPECT_EQ(b.totalMin, 0);  // y + w = -1 + 2 + 1 - 2
}

TEST(CaseAnalysis, LoopsThatAddPointsAreUnbounded) {
  const Case c = CaseBuilder()
                     .dimension("a", 0)
                     .node("n1")
                     .choice("nog", "n1", "", {}, {{"a", 1}})
                     .choice("klaar", "e")
                     .ending("e")
                     .build();
  const ScoreBounds b = computeScoreBounds(c);
  EXPECT_FALSE(b.bounded);
  EXPECT_GE(b.dimensionMax[0], 1);

  const Case none = CaseBuilder().dimension("a", 0).node("n1").choice("rond", "n1").ending("e").build();
  EXPECT_FALSE(computeScoreBounds(none).endingReachable);
}

TEST(CaseAnalysis, PlaythroughsCoverEverythingReachable) {
  const Case c = cleanBase().build();
  const PlaythroughReport r = analyzePlaythroughs(c);
  EXPECT_TRUE(r.exhaustive);
  // luisteren -> doorpakken | afronden(->goed); afwimpelen -> afronden(->zwak); doorpakken needs 6+.
  EXPECT_EQ(r.pathsEnumerated, 3u);
  EXPECT_EQ(r.stuckPaths, 0u);
  EXPECT_EQ(r.endingReached, (std::vector<size_t>{2, 1}));
  EXPECT_DOUBLE_EQ(r.nodeCoverage(), 1.0);
  EXPECT_DOUBLE_EQ(r.choiceCoverage(), 1.0);
  EXPECT_DOUBLE_EQ(r.endingCoverage(), 1.0);
  EXPECT_EQ(r.choiceTaken[1], (std::vector<size_t>{1, 2}));
  EXPECT_EQ(r.nodeVisits[2], 2u);  // the branch node, passed on two paths
}

TEST(CaseAnalysis, PlaythroughsReportUncoveredChoices) {
  // "nooit" needs x > 3 but x is always 0 at runtime (never written): never taken.
  const Case c = CaseBuilder()
                     .number("x", 0, 5, 0)
                     .node("a")
                     .choice("nooit", "e2", "x > 3")
                     .choice("altijd", "e1")
                     .ending("e1")
                     .ending("e2")
                     .build();
  const PlaythroughReport r = analyzePlaythroughs(c);
  EXPECT_DOUBLE_EQ(r.choiceCoverage(), 0.5);
  EXPECT_DOUBLE_EQ(r.endingCoverage(), 0.5);
}

TEST(CaseAnalysis, BoundedEnumerationFallsBackToSeededPlayouts) {
  // 2^12 paths through a chain of two-way choices.
  CaseBuilder b;
  for (int i = 0; i < 12; ++i) {
    const std::string next = i == 11 ? "einde" : "n" + std::to_string(i + 1);
    b.node("n" + std::to_string(i)).choice("l", next).choice("r", next);
  }
  b.ending("einde");
  const Case c = b.build();
  PlaythroughOptions small;
  small.pathBound = 100;
  small.randomPlayouts = 50;
  const PlaythroughReport r = analyzePlaythroughs(c, small);
  EXPECT_FALSE(r.exhaustive);
  EXPECT_EQ(r.pathsEnumerated, 100u);
  EXPECT_EQ(r.randomPlayouts, 50u);
  EXPECT_EQ(r.endingReached[0], 150u);
  EXPECT_DOUBLE_EQ(r.choiceCoverage(), 1.0);  // the playouts reach the choices DFS did not
  const PlaythroughReport again = analyzePlaythroughs(c, small);
  EXPECT_EQ(again.choiceTaken, r.choiceTaken);  // deterministic

  PlaythroughOptions all;
  EXPECT_TRUE(analyzePlaythroughs(c, all).exhaustive);
  EXPECT_EQ(analyzePlaythroughs(c, all).pathsEnumerated, 4096u);
}

TEST(CaseAnalysis, EndlessLoopsAreCutAtMaxSteps) {
  const Case c = CaseBuilder().node("a").choice("rond", "a").choice("stop", "e").ending("e").build();
  PlaythroughOptions o;
  o.maxSteps = 5;
  const PlaythroughReport r = analyzePlaythroughs(c, o);
  EXPECT_TRUE(r.exhaustive);
  EXPECT_EQ(r.truncatedPaths, 1u);
  EXPECT_EQ(r.endingReached[0], 5u);
}

TEST(CaseAnalysis, FullAnalysisReturnsBounds) {
  const CaseAnalysis a = analyzeCaseFull(cleanBase().build(), "x.json");
  EXPECT_TRUE(a.diagnostics.empty());
  EXPECT_EQ(a.bounds.dimensionMax, (std::vector<double>{2}));
}
