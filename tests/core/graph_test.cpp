#include <gtest/gtest.h>

#include "core/graph.hpp"

namespace leren::core::graph {
namespace {

TEST(Graph, ReachabilityAndComponents) {
  // 0 -> 1 -> 2 -> 1, 2 -> 3; 4 alone with a self-loop.
  Adjacency g{{1}, {2}, {1, 3}, {}, {4}};
  EXPECT_EQ(reachableFrom(g, {0}), (std::vector<bool>{true, true, true, true, false}));
  Components c = stronglyConnected(g);
  EXPECT_EQ(c.count, 4u);
  EXPECT_EQ(c.of[1], c.of[2]);
  EXPECT_NE(c.of[0], c.of[1]);
  EXPECT_TRUE(hasCycle(g, c, c.of[1]));
  EXPECT_FALSE(hasCycle(g, c, c.of[0]));
  EXPECT_TRUE(hasCycle(g, c, c.of[4]));
  EXPECT_FALSE(isClosed(g, c, c.of[1]));  // 2 -> 3 leaves it
  EXPECT_TRUE(isClosed(g, c, c.of[4]));
  EXPECT_EQ(shortestCycle(g, c, 1), (std::vector<size_t>{1, 2, 1}));
  EXPECT_EQ(shortestCycle(g, c, 4), (std::vector<size_t>{4, 4}));
  EXPECT_TRUE(shortestCycle(g, c, 0).empty());
}

TEST(Graph, ShortestCyclePrefersTheShortWay) {
  // 0 -> 1 -> 2 -> 3 -> 0 and 0 -> 3.
  Adjacency g{{1, 3}, {2}, {3}, {0}};
  Components c = stronglyConnected(g);
  EXPECT_EQ(shortestCycle(g, c, 0), (std::vector<size_t>{0, 3, 0}));
}

TEST(Graph, DeepChainsNeedNoRecursion) {
  const size_t n = 200000;
  Adjacency g(n);
  for (size_t i = 0; i + 1 < n; ++i) g[i].push_back(i + 1);
  g[n - 1].push_back(0);
  Components c = stronglyConnected(g);
  EXPECT_EQ(c.count, 1u);
  EXPECT_EQ(shortestCycle(g, c, 0).size(), n + 1);
}

}  // namespace
}  // namespace leren::core::graph
