#pragma once
// Seeded, deterministic randomness for presentation order and for the random policy bot.
// Hand-written rather than <random>: std::uniform_int_distribution and std::shuffle may give
// different results in different standard libraries, and the web build (libc++) must show
// exactly the order the native tests (libstdc++) check, for every seed.
#include <cstdint>
#include <string_view>

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

}  // namespace leren::core
