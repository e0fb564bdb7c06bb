#include "core/stable_sort.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace leren::core {
namespace {

TEST(StableSort, EqualItemsKeepTheirOrder) {
  std::vector<std::pair<int, std::string>> items = {{2, "a"}, {1, "b"}, {2, "c"}, {0, "d"}, {1, "e"}, {2, "f"}};
  stableSortBy(items, [](const auto& x, const auto& y) { return x.first < y.first; });
  const std::vector<std::pair<int, std::string>> want = {{0, "d"}, {1, "b"}, {1, "e"}, {2, "a"}, {2, "c"}, {2, "f"}};
  EXPECT_EQ(items, want);
}

TEST(StableSort, SortsAsStdStableSortDoesOnManyItems) {
  std::vector<std::pair<int, int>> items, expected;
  for (int i = 0; i < 1000; ++i) items.emplace_back((i * 7919) % 37, i);
  expected = items;
  std::stable_sort(expected.begin(), expected.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  stableSortBy(items, [](const auto& x, const auto& y) { return x.first > y.first; });
  EXPECT_EQ(items, expected);
}

TEST(StableSort, MovesItemsThatCannotBeCopied) {
  std::vector<std::unique_ptr<int>> items;
  for (int v : {3, 1, 2}) items.push_back(std::make_unique<int>(v));
  stableSortBy(items, [](const auto& x, const auto& y) { return *x < *y; });
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(*items[0], 1);
  EXPECT_EQ(*items[1], 2);
  EXPECT_EQ(*items[2], 3);
}

TEST(StableSort, NoItemsAndOneItem) {
  std::vector<int> none;
  stableSortBy(none, [](int x, int y) { return x < y; });
  EXPECT_TRUE(none.empty());
  std::vector<int> one = {5};
  stableSortBy(one, [](int x, int y) { return x < y; });
  EXPECT_EQ(one, std::vector<int>{5});
}

}  // namespace
}  // namespace leren::core
