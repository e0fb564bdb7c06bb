// The case graph: vertices and edges, layers, reachability and the expert choice.
#include "core/case_graph.hpp"

#include <gtest/gtest.h>

#include "case_builder.hpp"

using namespace leren::core;
using leren::core::test::CaseBuilder;

namespace {

// n1 -> (veilig: 1 pt, n2) | (gok: 3 pt, poor ending) | (lang: 0 pt, n3)
// n2 -> (a: 1 pt, good) | (b: 2 pt, mixed)
// n3 -> (c: 5 pt, n4)
// n4 branch -> good (if x) | poor
// wees: unreachable node
Case sample() {
  return CaseBuilder("graaf")
      .flag("x", false)
      .dimension("d", 1)
      .node("n1")
      .choice("veilig", "n2", "", {}, {{"d", 1}})
      .choice("gok", "slecht", "", {}, {{"d", 3}})
      .choice("lang", "n3", "", {"x = true"})
      .node("n2")
      .choice("a", "goed", "", {}, {{"d", 1}})
      .choice("b", "matig", "", {}, {{"d", 2}})
      .node("n3")
      .choice("c", "n4", "", {}, {{"d", 5}})
      .node("n4")
      .branch("goed", "x")
      .branch("slecht")
      .node("wees")
      .choice("z", "goed")
      .ending("goed", Rating::good)
      .ending("matig", Rating::mixed)
      .ending("slecht", Rating::poor)
      .build();
}

TEST(CaseGraph, VerticesAndEdges) {
  const Case c = sample();
  const CaseGraph g(c);
  EXPECT_EQ(g.nodeCount(), 5u);
  EXPECT_EQ(g.vertexCount(), 8u);
  EXPECT_EQ(g.start(), 0u);
  EXPECT_EQ(g.vertexOf(c.nodes[0].choices[1].target), 7u);  // ending "slecht"
  EXPECT_TRUE(g.isEnding(7));
  EXPECT_EQ(g.endingOf(7), 2u);
  EXPECT_EQ(g.vertexOf(Target{}), CaseGraph::npos);
  ASSERT_EQ(g.edgesFrom(3).size(), 2u);  // n4's two branch entries
  const CaseGraph::Edge& e = g.edges()[g.edgesFrom(3)[1]];
  EXPECT_EQ(e.kind, CaseGraph::Edge::Kind::branch);
  EXPECT_EQ(e.index, 1u);
  EXPECT_EQ(e.to, 7u);
  EXPECT_EQ(g.points(g.edges()[g.edgesFrom(0)[1]]), 3);
  EXPECT_EQ(g.edges().size(), 3u + 2 + 1 + 2 + 1);
}

TEST(CaseGraph, LayersByDepthWithTheUnreachableLast) {
  const CaseGraph g(sample());
  // depth 0: n1; 1: n2, n3, slecht; 2: n4, goed, matig; then the unreachable "wees".
  EXPECT_EQ(g.layers(), (std::vector<std::vector<size_t>>{{0}, {1, 2, 7}, {3, 5, 6}, {4}}));
  EXPECT_EQ(g.depth(3), 2);
  EXPECT_EQ(g.depth(4), -1);
  EXPECT_TRUE(g.reachable(5));
  EXPECT_FALSE(g.reachable(4));
  EXPECT_TRUE(g.reachesEnding(4));
  EXPECT_FALSE(g.hasCycle());
}

TEST(CaseGraph, TheExpertGoesForTheGoodEndingThenForPoints) {
  const Case c = sample();
  const CaseGraph g(c);
  // "gok" has the most points at once but ends poorly; "lang" reaches a good ending with 5
  // points on the way (conditions ignored), "veilig" with 2.
  EXPECT_EQ(g.expertChoice(0), 2u);
  EXPECT_EQ(g.value(0).rating, 2);
  EXPECT_EQ(g.value(0).points, 5);
  // At n2 the good ending beats more points towards a mixed one.
  EXPECT_EQ(g.expertChoice(1), 0u);
  EXPECT_FALSE(g.expertChoice(3));  // a branch node
  EXPECT_EQ(g.expertBranch(3), 0u);
  EXPECT_EQ(g.expertRoute(), (std::vector<size_t>{0, 2, 3, 5}));
  EXPECT_EQ(g.choiceValue(0, 0).points, 2);
  EXPECT_EQ(g.choiceValue(0, 1).rating, 0);
  // When "lang" is not on offer, "veilig" is the best of what is.
  EXPECT_EQ(g.bestOf(0, {0, 1}), 0u);
  EXPECT_EQ(g.bestOf(0, {}), CaseGraph::npos);
}

TEST(CaseGraph, TiesGoToTheFirstChoiceInFileOrder) {
  const Case c = CaseBuilder()
                     .dimension("d", 1)
                     .node("n1")
                     .choice("p", "goed", "", {}, {{"d", 1}})
                     .choice("q", "goed", "", {}, {{"d", 1}})
                     .ending("goed")
                     .build();
  EXPECT_EQ(CaseGraph(c).expertChoice(0), 0u);
}

TEST(CaseGraph, CyclesAreCut) {
  // n1 -> n2 -> n1 (a loop with points) or n2 -> good.
  const Case c = CaseBuilder("lus")
                     .dimension("d", 1)
                     .node("n1")
                     .choice("door", "n2", "", {}, {{"d", 1}})
                     .node("n2")
                     .choice("terug", "n1", "", {}, {{"d", 10}})
                     .choice("klaar", "goed")
                     .ending("goed")
                     .build();
  const CaseGraph g(c);
  EXPECT_TRUE(g.hasCycle());
  EXPECT_EQ(g.expertChoice(1), 1u);  // going back earns points but never ends
  EXPECT_EQ(g.expertRoute(), (std::vector<size_t>{0, 1, 2}));
}

TEST(CaseGraph, NoEndingReachable) {
  const Case c = CaseBuilder("vast").node("n1").choice("rond", "n1").ending("nooit").build();
  const CaseGraph g(c);
  EXPECT_FALSE(g.expertChoice(0));
  EXPECT_EQ(g.value(0).rating, -1);
  EXPECT_FALSE(g.reachesEnding(0));
  EXPECT_EQ(g.expertRoute(), (std::vector<size_t>{0}));
}

}  // namespace
