#include "core/shuffle.hpp"

#include <algorithm>
#include <numeric>

#include "core/compact_bytes.hpp"

namespace leren::core {

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t salt) {
  std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * (salt + 1);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::uint64_t mixSeed(std::uint64_t seed, std::string_view salt) { return mixSeed(seed, bytes::fnv1a64(salt)); }

std::vector<std::size_t> shuffledOrder(const std::vector<bool>& fixed, SeededRandom& rng) {
  std::vector<std::size_t> order(fixed.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::vector<std::size_t> free;  // the positions that move
  for (std::size_t i = 0; i < fixed.size(); ++i)
    if (!fixed[i]) free.push_back(i);
  for (std::size_t i = free.size(); i > 1; --i) std::swap(order[free[i - 1]], order[free[rng.below(i)]]);
  return order;
}

std::vector<std::size_t> choiceOrder(const Case& c, std::size_t node, std::uint64_t runSeed) {
  const std::vector<Choice>& choices = c.nodes[node].choices;
  std::vector<bool> fixed;
  for (const Choice& ch : choices) fixed.push_back(runSeed == 0 || ch.fixed);
  SeededRandom rng(mixSeed(mixSeed(runSeed, c.id), c.nodes[node].id));
  return shuffledOrder(fixed, rng);
}

std::vector<std::size_t> optionOrder(const Question& question, std::uint64_t seed, std::uint32_t attempt) {
  std::vector<bool> fixed;
  for (const QuizOption& o : question.options) fixed.push_back(seed == 0 || o.fixed);
  SeededRandom rng(mixSeed(mixSeed(seed, question.id), attempt));
  return shuffledOrder(fixed, rng);
}

std::vector<std::size_t> itemOrder(const Question& question, std::uint64_t seed, std::uint32_t attempt) {
  const std::size_t n = question.type == QuestionType::matching ? question.pairs.size() : question.items.size();
  // Seed 0, attempt 0: exactly the generator the first version used, so saved answers and the
  // order learners already saw stay the same.
  SeededRandom rng(seed == 0 && attempt == 0 ? bytes::fnv1a64(question.id) | 1
                                             : mixSeed(mixSeed(seed, question.id), attempt));
  std::vector<std::size_t> order = shuffledOrder(std::vector<bool>(n, false), rng);
  // Presenting the answer itself would be no question: rotate once if the shuffle kept it.
  if (n > 1 && std::is_sorted(order.begin(), order.end())) std::rotate(order.begin(), order.begin() + 1, order.end());
  return order;
}

}  // namespace leren::core
