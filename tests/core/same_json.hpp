#pragma once
// Comparing two nlohmann trees strictly, for the tests and the fuzzer that hold the fast JSON
// reader (core/json_reader) to nlohmann's parser.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

namespace leren::core::json_test {

// Brackets nested deeper than this (counted roughly, strings included) make a tree too deep
// to copy or compare recursively; the hostile test files have such.
inline bool tooDeepToCompare(std::string_view text) {
  int depth = 0, deepest = 0;
  for (char c : text) {
    depth += (c == '[' || c == '{') ? 1 : (c == ']' || c == '}') ? -1 : 0;
    deepest = std::max(deepest, depth);
  }
  return deepest > 500;
}

// Equal as trees, and of the same kinds all the way down (nlohmann's == calls 1 and 1.0 equal),
// doubles to the bit (-0.0 == 0.0 would pass).
inline bool sameTree(const nlohmann::json& a, const nlohmann::json& b) {
  if (a.type() != b.type()) return false;
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib)
      if (ia.key() != ib.key() || !sameTree(ia.value(), ib.value())) return false;
    return true;
  }
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (!sameTree(a[i], b[i])) return false;
    return true;
  }
  if (a.is_number_float()) return std::bit_cast<uint64_t>(a.get<double>()) == std::bit_cast<uint64_t>(b.get<double>());
  return a == b;
}

}  // namespace leren::core::json_test
