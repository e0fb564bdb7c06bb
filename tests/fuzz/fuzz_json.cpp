// libFuzzer target: the fast JSON reader (core/json_reader.hpp) against nlohmann's parser.
// Whatever the bytes, a tree the fast reader builds must be the one nlohmann builds, kinds of
// numbers included; it may give up on text nlohmann takes (nlohmann then reads it), never the
// other way round, and parseJson must agree with nlohmann about every text.
#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/json_reader.hpp"
#include "core/json_text.hpp"

using namespace leren::core;

namespace {
void require(bool ok) {
  if (!ok) __builtin_trap();
}

// Brackets nested deeper than this (counted roughly, strings included) make a tree too deep
// to copy or compare recursively; the hostile test files have such.
bool tooDeepToCompare(std::string_view text) {
  int depth = 0, deepest = 0;
  for (char c : text) {
    depth += (c == '[' || c == '{') ? 1 : (c == ']' || c == '}') ? -1 : 0;
    deepest = std::max(deepest, depth);
  }
  return deepest > 500;
}

// Equal as trees, and of the same kinds all the way down (nlohmann's == calls 1 and 1.0 equal).
bool same(const nlohmann::json& a, const nlohmann::json& b) {
  if (a.type() != b.type()) return false;
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib)
      if (ia.key() != ib.key() || !same(ia.value(), ib.value())) return false;
    return true;
  }
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (!same(a[i], b[i])) return false;
    return true;
  }
  if (a.is_number_float())  // to the bit: -0.0 == 0.0 would pass
    return std::bit_cast<uint64_t>(a.get<double>()) == std::bit_cast<uint64_t>(b.get<double>());
  return a == b;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (tooDeepToCompare(text)) return 0;
  const nlohmann::json expected = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  nlohmann::json fast;
  if (readWellFormedJson(text, fast)) require(!expected.is_discarded() && same(fast, expected));
  const nlohmann::json viaParseJson = parseJson(text);
  require(viaParseJson.is_discarded() == expected.is_discarded());
  require(expected.is_discarded() || same(viaParseJson, expected));
  return 0;
}
