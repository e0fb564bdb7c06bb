#include "core/shuffle.hpp"

#include "core/compact_bytes.hpp"

namespace leren::core {

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t salt) {
  std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * (salt + 1);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::uint64_t mixSeed(std::uint64_t seed, std::string_view salt) { return mixSeed(seed, bytes::fnv1a64(salt)); }

}  // namespace leren::core
