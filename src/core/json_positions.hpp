#pragma once
// nlohmann::json keeps no source positions, so diagnostics get their line and column from this
// small scanner: it walks the JSON text and records where every value starts, keyed by JSON
// Pointer. Robust against invalid text (it stops where the text stops being JSON).
// The table of every value is built on the first lookup that needs it: a clean file asks only
// where its top-level "id" is, and building the whole table (a string per value, sorted) was
// most of the scan's time (docs/performance.md). The top level is recorded during the scan.
// The same walk checks what a tree built from the text must not contain (findings): nesting
// deeper than the limit, a member name twice in one object, too many items, over-long strings
// and numbers. It is iterative, so no input can exhaust the stack.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/content_limits.hpp"

namespace leren::core {

struct TextPosition {
  int line = 0;    // 1-based; 0 = unknown
  int column = 0;  // 1-based, counted in characters (UTF-8 code points), not bytes
};

// Line/column of a byte offset in text (offset past the end: the end of the text).
// A UTF-8 byte order mark at the start is not counted as a column.
TextPosition positionOfOffset(std::string_view text, size_t offset);

// Escapes one reference token for a JSON Pointer ("~" -> "~0", "/" -> "~1").
std::string escapePointerToken(std::string_view token);
// The same, appended to `out` (a pointer being built) without a string of its own.
void appendPointerToken(std::string& out, std::string_view token);

struct JsonScanLimits {
  size_t maxDepth = limits::kMaxNestingDepth;
  size_t maxStringBytes = limits::kMaxStringBytes;
  size_t maxKeyBytes = limits::kMaxKeyBytes;
  size_t maxArrayItems = limits::kMaxArrayItems;
  size_t maxObjectMembers = limits::kMaxObjectMembers;
  size_t maxNumberChars = limits::kMaxNumberChars;
  double maxNumberMagnitude = limits::kMaxNumberMagnitude;
};

// Something the scan found that a well-formed content file never has.
struct JsonFinding {
  enum class Kind {
    tooDeep,         // nesting beyond maxDepth; the scan stops here
    duplicateKey,    // a member name seen before in the same object (otherOffset: the first)
    tooManyItems,    // an array with more than maxArrayItems elements (count: how many)
    tooManyMembers,  // an object with more than maxObjectMembers members (count)
    stringTooLong,   // a string value longer than maxStringBytes (count: its bytes)
    keyTooLong,      // a member name longer than maxKeyBytes (count)
    numberTooLarge,  // |number| > maxNumberMagnitude, infinite, or more than maxNumberChars
  };
  Kind kind;
  std::string pointer;       // the offending value (for a duplicate: the member's pointer)
  uint32_t offset = 0;       // byte offset where it starts
  uint32_t otherOffset = 0;  // duplicateKey: where the first member with that name starts
  size_t count = 0;
  std::string token;  // duplicateKey: the member name; numberTooLarge: the number as written
};

class JsonPositions {
 public:
  JsonPositions() = default;
  static JsonPositions scan(std::string_view text, const JsonScanLimits& limits = {});
  // Whether the table of every value has been built (for tests: a top-level lookup does not).
  bool builtAll() const { return builtAll_; }

  // Position of the value at `pointer`. For a pointer that does not exist (e.g. a missing
  // member), the position of its nearest existing ancestor; {0,0} if nothing matches.
  TextPosition find(std::string_view pointer) const;
  // Whether `pointer` names a value in the text.
  bool contains(std::string_view pointer) const;
  // Position of a byte offset (for findings).
  TextPosition positionOf(uint32_t offset) const;
  // Position of the byte `decodedOffset` of the string value at `pointer`, counted in the
  // string as the reader sees it (escapes decoded): where in the file a spot inside a text is.
  // The string's own position when `pointer` is not a string.
  TextPosition positionInString(std::string_view pointer, size_t decodedOffset) const;
  // Pointer of the value that starts last at or before `offset`: the value a syntax error or
  // a bad byte at `offset` is in (or just after). "" when none.
  std::string pointerAt(size_t offset) const;

  const std::vector<JsonFinding>& findings() const { return findings_; }
  // Whether the scan stopped at a finding that makes the text unsafe to build a tree from.
  bool tooDeep() const;

 private:
  using Starts = std::vector<std::pair<std::string, uint32_t>>;  // sorted by pointer
  // Walks the text; records the start of each value down to `recordDepth` (0: the root only).
  static void walk(std::string_view text, const JsonScanLimits& limits, size_t recordDepth, Starts& starts,
                   std::vector<JsonFinding>& findings);
  // The table for `pointer`: the top level's as scanned, else every value's (built once).
  const Starts& startsFor(std::string_view pointer) const;
  const Starts& allStarts() const;

  JsonScanLimits limits_;
  mutable Starts starts_;
  mutable bool builtAll_ = false;
  mutable std::vector<uint32_t> lineStarts_;  // byte offset of each line, once a position is asked
  std::string text_;                          // kept to count UTF-8 columns
  std::vector<JsonFinding> findings_;
};

}  // namespace leren::core
