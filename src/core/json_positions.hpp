#pragma once
// nlohmann::json keeps no source positions, so diagnostics get their line and column from this
// small scanner: it walks the JSON text once and records where every value starts, keyed by
// JSON Pointer. Robust against invalid text (it stops where the text stops being JSON).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace leren::core {

struct TextPosition {
  int line = 0;    // 1-based; 0 = unknown
  int column = 0;  // 1-based, counted in characters (UTF-8 code points), not bytes
};

// Line/column of a byte offset in text (offset past the end: the end of the text).
TextPosition positionOfOffset(std::string_view text, size_t offset);

// Escapes one reference token for a JSON Pointer ("~" -> "~0", "/" -> "~1").
std::string escapePointerToken(std::string_view token);

class JsonPositions {
 public:
  // Scanning stops at this nesting depth (hostile input would otherwise cost quadratic memory).
  static constexpr size_t kMaxNesting = 128;

  JsonPositions() = default;
  static JsonPositions scan(std::string_view text);

  // Position of the value at `pointer`. For a pointer that does not exist (e.g. a missing
  // member), the position of its nearest existing ancestor; {0,0} if nothing matches.
  TextPosition find(std::string_view pointer) const;
  // Whether `pointer` names a value in the text.
  bool contains(std::string_view pointer) const;

 private:
  TextPosition positionOf(uint32_t offset) const;
  std::vector<std::pair<std::string, uint32_t>> starts_;  // sorted by pointer
  std::vector<uint32_t> lineStarts_;                      // byte offset of each line
  std::string text_;                                      // kept to count UTF-8 columns
};

}  // namespace leren::core
