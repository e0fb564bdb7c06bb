// Presentation order: seeded, stable per seed, different across seeds, fixed items in place.
#include "core/shuffle.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <set>

#include "case_builder.hpp"
#include "core/case_engine.hpp"
#include "core/compact_bytes.hpp"
#include "core/loader.hpp"
#include "core/quiz.hpp"

using namespace leren::core;
using leren::core::test::CaseBuilder;

namespace {

bool isPermutation(std::vector<size_t> order, size_t n) {
  std::sort(order.begin(), order.end());
  std::vector<size_t> identity(n);
  std::iota(identity.begin(), identity.end(), size_t{0});
  return order == identity;
}

TEST(Shuffle, StablePerSeedDifferentAcrossSeedsFixedStay) {
  const std::vector<bool> fixed = {false, true, false, false, false, false, true};
  std::set<std::vector<size_t>> seen;
  for (uint64_t seed = 1; seed <= 40; ++seed) {
    SeededRandom a(mixSeed(seed, "x")), b(mixSeed(seed, "x"));
    const std::vector<size_t> order = shuffledOrder(fixed, a);
    EXPECT_EQ(order, shuffledOrder(fixed, b)) << seed;
    EXPECT_TRUE(isPermutation(order, fixed.size()));
    EXPECT_EQ(order[1], 1u);
    EXPECT_EQ(order[6], 6u);
    seen.insert(order);
  }
  // 5 free items: 120 orders. 40 seeds give many different ones.
  EXPECT_GE(seen.size(), 25u);
}

TEST(Shuffle, TheSameOrderOnEveryPlatform) {
  // Pinned: the web build (libc++) must show what this native build shows.
  SeededRandom rng(mixSeed(42, "pinned"));
  EXPECT_EQ(shuffledOrder(std::vector<bool>(6, false), rng), (std::vector<size_t>{0, 2, 4, 1, 3, 5}));
}

Case fourChoices() {
  Case c = CaseBuilder("volgorde")
               .flag("open", true)
               .node("n1")
               .choice("a", "n2")
               .choice("b", "n2")
               .choice("c", "n2", "open")
               .choice("geen", "n2")
               .node("n2")
               .choice("d", "einde")
               .choice("e", "einde")
               .choice("f", "einde")
               .ending("einde")
               .build();
  c.nodes[0].choices[3].fixed = true;  // "none of these" stays last
  return c;
}

TEST(Shuffle, ChoiceOrderSeedZeroKeepsTheFileOrder) {
  const Case c = fourChoices();
  EXPECT_EQ(choiceOrder(c, 0, 0), (std::vector<size_t>{0, 1, 2, 3}));
  const CaseRun run(c);
  EXPECT_EQ(run.seed(), 0u);
  EXPECT_EQ(run.presentedChoices(), run.availableChoices());
}

TEST(Shuffle, ARunPresentsItsOwnOrderAndKeepsIt) {
  const Case c = fourChoices();
  std::set<std::vector<size_t>> orders;
  for (uint64_t seed = 1; seed <= 30; ++seed) {
    CaseRun run(c, seed);
    const std::vector<size_t> shown = run.presentedChoices();
    EXPECT_EQ(shown.back(), 3u) << "fixed stays last";
    EXPECT_TRUE(isPermutation(shown, 4));
    EXPECT_EQ(shown, choiceOrder(c, 0, seed));
    orders.insert(shown);
    // Choosing, going back and replaying show the same order again.
    ASSERT_TRUE(run.choose(c.nodes[0].choices[shown[0]].id));
    EXPECT_EQ(run.history()[0].presented, shown);
    const std::vector<size_t> second = run.presentedChoices();
    run.back();
    EXPECT_EQ(run.presentedChoices(), shown);
    const CaseRun replayed = CaseRun::replay(c, {c.nodes[0].choices[shown[0]].id}, seed);
    EXPECT_EQ(replayed.seed(), seed);
    EXPECT_EQ(replayed.presentedChoices(), second);
  }
  EXPECT_GE(orders.size(), 4u);  // 3 free choices: 6 orders
}

TEST(Shuffle, UnavailableChoicesAreNotPresented) {
  Case c = fourChoices();
  c.variables[0].initial = 0;  // "c" needs `open`
  const CaseRun run(c, 5);
  const std::vector<size_t> shown = run.presentedChoices();
  EXPECT_EQ(shown.size(), 3u);
  EXPECT_EQ(std::count(shown.begin(), shown.end(), 2u), 0);
  EXPECT_EQ(shown.back(), 3u);
}

Question options(size_t n, size_t fixedAt) {
  Question q;
  q.id = "q-opties";
  q.type = QuestionType::single;
  for (size_t i = 0; i < n; ++i) q.options.push_back({"o" + std::to_string(i), {"x", "x"}, i == 0, {}, i == fixedAt});
  return q;
}

TEST(Shuffle, QuizOptionsPerAttempt) {
  const Question q = options(5, 4);
  EXPECT_EQ(optionOrder(q, 0, 3), (std::vector<size_t>{0, 1, 2, 3, 4}));
  std::set<std::vector<size_t>> orders;
  for (uint32_t attempt = 0; attempt < 20; ++attempt) {
    const std::vector<size_t> order = optionOrder(q, 99, attempt);
    EXPECT_EQ(order, optionOrder(q, 99, attempt));
    EXPECT_EQ(order.back(), 4u);
    EXPECT_TRUE(isPermutation(order, 5));
    orders.insert(order);
  }
  EXPECT_GE(orders.size(), 8u);
  EXPECT_NE(optionOrder(q, 99, 0), optionOrder(q, 100, 0));
}

// The order ordering and matching questions had before attempts existed (quiz.cpp, 2025).
std::vector<size_t> legacyOrder(const Question& q) {
  const size_t n = q.type == QuestionType::matching ? q.pairs.size() : q.items.size();
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  std::uint64_t state = bytes::fnv1a64(q.id) | 1;
  for (size_t i = n; i > 1; --i) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    std::swap(order[i - 1], order[state % i]);
  }
  if (n > 1 && std::is_sorted(order.begin(), order.end())) std::rotate(order.begin(), order.begin() + 1, order.end());
  return order;
}

TEST(Shuffle, OrderingAndMatchingGetAFreshPermutationPerAttempt) {
  DirectoryFileSource files(std::string(LEREN_SOURCE_DIR) + "/content");
  LoadOptions fast;
  fast.analyzeCases = false;
  fast.lint = false;
  const Course course = loadCourse(files, "course.json", fast);
  size_t checked = 0;
  for (const Module& m : course.modules)
    for (const Question& q : m.quiz.questions) {
      if (q.type != QuestionType::ordering && q.type != QuestionType::matching) continue;
      ++checked;
      // Attempt 0 without a seed: what learners have always seen.
      EXPECT_EQ(itemOrder(q, 0, 0), legacyOrder(q)) << q.id;
      EXPECT_EQ(presentationOrder(q), legacyOrder(q)) << q.id;
      std::set<std::vector<size_t>> orders;
      for (uint32_t attempt = 0; attempt < 6; ++attempt) {
        const std::vector<size_t> order = itemOrder(q, 7, attempt);
        EXPECT_FALSE(std::is_sorted(order.begin(), order.end())) << q.id << " shows the answer";
        orders.insert(order);
      }
      EXPECT_GE(orders.size(), 3u) << q.id;
    }
  EXPECT_GT(checked, 0u);
}

}  // namespace
