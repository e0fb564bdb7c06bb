#include "core/case_policy.hpp"

#include "core/cue_words.hpp"

namespace leren::core {

const char* policyName(Policy policy) {
  switch (policy) {
    case Policy::first:
      return "first";
    case Policy::last:
      return "last";
    case Policy::longest:
      return "longest";
    case Policy::shortest:
      return "shortest";
    case Policy::cues:
      return "cues";
    case Policy::random:
      return "random";
  }
  return "?";
}

std::optional<Policy> parsePolicy(std::string_view name) {
  for (Policy p : {Policy::first, Policy::last, Policy::longest, Policy::shortest, Policy::cues, Policy::random})
    if (name == policyName(p)) return p;
  return std::nullopt;
}

std::size_t pickChoice(const Node& node, const std::vector<std::size_t>& available, Policy policy, SeededRandom& rng) {
  auto length = [&](std::size_t k) { return cues::visibleLength(node.choices[k].text.nl); };
  std::size_t pick = available.front();
  switch (policy) {
    case Policy::first:
      break;
    case Policy::last:
      pick = available.back();
      break;
    case Policy::longest:
      for (std::size_t k : available)
        if (length(k) > length(pick)) pick = k;
      break;
    case Policy::shortest:
      for (std::size_t k : available)
        if (length(k) < length(pick)) pick = k;
      break;
    case Policy::cues: {
      auto count = [&](std::size_t k) { return cues::countCueWords(node.choices[k].text.nl); };
      for (std::size_t k : available)
        if (count(k) > count(pick) || (count(k) == count(pick) && length(k) > length(pick))) pick = k;
      break;
    }
    case Policy::random:
      pick = available[rng.below(available.size())];
      break;
  }
  return pick;
}

PolicyGame playPolicy(const Case& c, Policy policy, std::uint64_t seed, std::size_t maxSteps) {
  SeededRandom rng(mixSeed(seed, c.id));
  CaseRun run(c);
  for (std::size_t step = 0; step < maxSteps && run.where() == CaseRun::Where::node; ++step) {
    const std::vector<std::size_t> available = run.availableChoices();
    if (available.empty()) break;
    const Node& node = *run.currentNode();
    if (!run.choose(node.choices[pickChoice(node, available, policy, rng)].id)) break;
  }
  PolicyGame game;
  game.log = run.log();
  game.finished = run.finished();
  game.result = run.result();
  if (game.finished) {
    game.ending = run.position();
    game.rating = c.endings[game.ending].rating;
  }
  return game;
}

RandomPlay playRandom(const Case& c, std::size_t runs, std::uint64_t seed) {
  RandomPlay play;
  play.runs = runs;
  play.seed = seed;
  play.endings.assign(c.endings.size(), 0);
  for (std::size_t r = 0; r < runs; ++r) {
    const PolicyGame game = playPolicy(c, Policy::random, mixSeed(seed, r));
    if (!game.finished) {
      ++play.unfinished;
      continue;
    }
    ++play.endings[game.ending];
    play.goodEndings += game.rating == Rating::good ? 1 : 0;
    play.passed += game.result.passed ? 1 : 0;
  }
  return play;
}

bool BotReport::botsLose() const {
  for (const auto& [policy, game] : deterministic)
    if (game.wins()) return false;
  return random.goodShare() <= kMaxRandomGoodShare;
}

BotReport runBots(const Case& c, std::size_t randomRuns, std::uint64_t seed) {
  BotReport report;
  for (Policy p : kDeterministicPolicies) report.deterministic.emplace_back(p, playPolicy(c, p));
  report.random = playRandom(c, randomRuns, seed);
  return report;
}

}  // namespace leren::core
