#pragma once
// The lexical pieces of JSON text that both readers of it share: the byte scan
// (core/json_positions) and the reader of well-formed JSON (core/json_reader).
#include <optional>
#include <string_view>

namespace leren::core::json_chars {

// A UTF-8 byte order mark, which nlohmann skips at the start of a text.
inline bool startsWithBom(std::string_view text) { return text.substr(0, 3) == "\xEF\xBB\xBF"; }

// Whitespace between tokens (RFC 8259: space, tab, line feed, carriage return).
inline bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A hex digit's value; -1 when `c` is none.
inline int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// What the escape `\e` stands for, for every escape but \u; nullopt when JSON has no such one.
inline std::optional<char> shortEscape(char e) {
  switch (e) {
    case '"':
    case '\\':
    case '/':
      return e;
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    default:
      return std::nullopt;
  }
}

}  // namespace leren::core::json_chars
