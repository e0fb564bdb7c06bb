#pragma once
// Seeded, deterministic presentation order (case choices per run, quiz options per attempt)
// and the randomness behind it, also used by the random policy bot.
//
// Every order is a permutation `order` of positions: order[i] is the index (in file order) of
// the item shown at position i. A run or attempt with the same seed always shows the same
// order, so back, "wat als?", a reload and a replay show what the learner saw.
// Hand-written rather than <random>: std::uniform_int_distribution and std::shuffle may give
// different results in different standard libraries, and the web build (libc++) must show
// exactly the order the native tests (libstdc++) check, for every seed.
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/content_model.hpp"

namespace leren::core {

// xorshift64: small, fast, the same sequence everywhere. Never seeded with 0 (it would stay 0).
class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : state_(seed == 0 ? 0x9E3779B97F4A7C15ull : seed) {}
  std::uint64_t next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }
  // A number in 0..n-1 (n > 0). The tiny modulo bias does not matter for presentation.
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t state_;
};

// Combines a seed with a number or a name (splitmix64 finaliser), so that seeds 1, 2, 3 and
// names that differ in one letter give unrelated sequences.
std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t salt);
std::uint64_t mixSeed(std::uint64_t seed, std::string_view salt);

// A random permutation in which every item with fixed[i] stays at position i and the others
// are shuffled over the remaining positions (Fisher-Yates, from the last position down).
std::vector<std::size_t> shuffledOrder(const std::vector<bool>& fixed, SeededRandom& rng);

// The order of a node's choices in a run with this seed (all choices, available or not).
// Seed 0 keeps the file order.
std::vector<std::size_t> choiceOrder(const Case& c, std::size_t node, std::uint64_t runSeed);

// The order of a single/multiple question's options in one attempt (0, 1, ...). `fixed`
// options keep their place. Seed 0 keeps the file order.
std::vector<std::size_t> optionOrder(const Question& question, std::uint64_t seed, std::uint32_t attempt);

// The order of an ordering question's items or a matching question's answers in one attempt:
// a fresh permutation per attempt, never the correct order (2+ items). Seed 0 with attempt 0
// is the order these questions have always had (seeded by the question id alone).
std::vector<std::size_t> itemOrder(const Question& question, std::uint64_t seed, std::uint32_t attempt);

}  // namespace leren::core
