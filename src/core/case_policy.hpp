#pragma once
// Policy bots: players that follow a surface rule instead of judgement. A case measures
// judgement only when every such bot loses it (issue 10, shared/notes/scenario-design.md):
// the deterministic ones reach neither a good ending nor the pass mark, and random play reaches
// a good ending in at most 10 % of runs.
//
//   first / last       the first / last available choice in FILE order (stricter than the
//                      shuffled order a learner sees: it finds a best option authors always
//                      put in the same place)
//   longest / shortest the available choice with the longest / shortest Dutch text (visible
//                      characters, cue_words.hpp); ties: the first in file order
//   cues               the most cue words (cue_words.hpp) in the Dutch text; ties: the longer
//                      text, then file order
//   random             uniformly among the available choices, seeded
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/case_engine.hpp"
#include "core/shuffle.hpp"

namespace leren::core {

enum class Policy { first, last, longest, shortest, cues, random };
inline constexpr std::array<Policy, 5> kDeterministicPolicies = {Policy::first, Policy::last, Policy::longest,
                                                                 Policy::shortest, Policy::cues};

const char* policyName(Policy policy);  // "first", ...
std::optional<Policy> parsePolicy(std::string_view name);

// The choice the policy takes: an element of `available` (indices into node.choices, file
// order, not empty). `random` draws from `rng`.
std::size_t pickChoice(const Node& node, const std::vector<std::size_t>& available, Policy policy, SeededRandom& rng);

// One game by a policy, from the start until an ending, a dead end or `maxSteps` choices.
struct PolicyGame {
  std::vector<std::string> log;  // the choice ids taken
  bool finished = false;         // reached an ending
  std::size_t ending = 0;        // index into Case::endings (when finished)
  Rating rating = Rating::poor;  // of that ending
  CaseResult result;             // points, percent, passed
  // What a bot must not reach: a good ending, or the pass mark.
  bool wins() const { return finished && (rating == Rating::good || result.passed); }
};
PolicyGame playPolicy(const Case& c, Policy policy, std::uint64_t seed = 0, std::size_t maxSteps = 200);

// Many random games.
struct RandomPlay {
  std::size_t runs = 0;
  std::uint64_t seed = 0;
  std::size_t goodEndings = 0, passed = 0, unfinished = 0;
  std::vector<std::size_t> endings;  // games per Case::endings
  double goodShare() const { return runs == 0 ? 0 : static_cast<double>(goodEndings) / static_cast<double>(runs); }
  double passShare() const { return runs == 0 ? 0 : static_cast<double>(passed) / static_cast<double>(runs); }
};
RandomPlay playRandom(const Case& c, std::size_t runs, std::uint64_t seed);

// Random play may reach a good ending in at most this share of runs.
inline constexpr double kMaxRandomGoodShare = 0.10;

// Every bot against one case.
struct BotReport {
  std::vector<std::pair<Policy, PolicyGame>> deterministic;  // in kDeterministicPolicies order
  RandomPlay random;
  // True when no deterministic bot wins and random play stays within kMaxRandomGoodShare.
  bool botsLose() const;
};
BotReport runBots(const Case& c, std::size_t randomRuns, std::uint64_t seed);

}  // namespace leren::core
