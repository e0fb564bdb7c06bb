// libFuzzer target: the fast JSON reader (core/json_reader.hpp) against nlohmann's parser.
// Whatever the bytes, a tree the fast reader builds must be the one nlohmann builds, kinds of
// numbers included; it may give up on text nlohmann takes (nlohmann then reads it), never the
// other way round, and parseJson must agree with nlohmann about every text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "../core/same_json.hpp"
#include "core/json_reader.hpp"
#include "core/json_text.hpp"

using namespace leren::core;
using leren::core::json_test::sameTree;
using leren::core::json_test::tooDeepToCompare;

namespace {
void require(bool ok) {
  if (!ok) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (tooDeepToCompare(text)) return 0;
  const nlohmann::json expected = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  nlohmann::json fast;
  if (readWellFormedJson(text, fast)) require(!expected.is_discarded() && sameTree(fast, expected));
  const nlohmann::json viaParseJson = parseJson(text);
  require(viaParseJson.is_discarded() == expected.is_discarded());
  require(expected.is_discarded() || sameTree(viaParseJson, expected));
  return 0;
}
