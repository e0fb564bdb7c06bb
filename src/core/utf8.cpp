// A UTF-8 check is a few lines with a table from RFC 3629; no library is worth a dependency.
#include "core/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace leren::core::utf8 {

Encoding detect(std::string_view b) {
  auto at = [&](size_t i) { return i < b.size() ? static_cast<unsigned char>(b[i]) : 0xFFu; };
  if (b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) || b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))
    return Encoding::utf32;
  if (b.substr(0, 2) == "\xFF\xFE" || b.substr(0, 2) == "\xFE\xFF") return Encoding::utf16;
  if (b.substr(0, 3) == "\xEF\xBB\xBF") return Encoding::utf8Bom;
  // Without a mark: JSON starts with an ASCII character, which UTF-16/32 pad with NUL bytes.
  if (b.size() >= 4 && at(0) == 0 && at(1) == 0) return Encoding::utf32;
  if (b.size() >= 4 && at(2) == 0 && at(3) == 0 && at(0) != 0) return Encoding::utf32;
  if (b.size() >= 2 && (at(0) == 0 || at(1) == 0)) return Encoding::utf16;
  return Encoding::utf8;
}

std::optional<size_t> firstInvalidByte(std::string_view b) {
  size_t i = 0;
  while (i < b.size()) {
    // Eight bytes at a time while they are ASCII, as most of a content file is.
    if (uint64_t word;
        i + 8 <= b.size() && (std::memcpy(&word, b.data() + i, 8), (word & 0x8080808080808080ull) == 0)) {
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(b[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t length;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) low = 0xA0;   // overlong
      if (c == 0xED) high = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) low = 0x90;   // overlong
      if (c == 0xF4) high = 0x8F;  // above U+10FFFF
    } else {
      return i;  // a continuation byte without a start, C0/C1 (overlong) or F5..FF
    }
    if (i + length > b.size()) return i;
    for (size_t k = 1; k < length; ++k) {
      const auto d = static_cast<unsigned char>(b[i + k]);
      if (d < (k == 1 ? low : 0x80) || d > (k == 1 ? high : 0xBF)) return i;
    }
    i += length;
  }
  return std::nullopt;
}

void addNonAscii(std::string_view b, std::set<char32_t>& out) {
  for (size_t i = 0; i < b.size();) {
    const std::optional<size_t> bad = firstInvalidByte(b.substr(i, 4));
    const auto c = static_cast<unsigned char>(b[i]);
    const size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c < 0x80 || (bad && *bad == 0)) {
      ++i;
      continue;
    }
    char32_t cp = c & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(b[i + k]) & 0x3F);
    out.insert(cp);
    i += length;
  }
}

void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::string encode(const std::set<char32_t>& codePoints) {
  std::string s;
  for (const char32_t c : codePoints) append(s, c);
  return s;
}

}  // namespace leren::core::utf8
