#pragma once
// What a content file's bytes are before they are JSON: UTF-8 (with or without a byte order
// mark), or something else. Content is always UTF-8; this decides, byte for byte, the same in
// coursetool and in the browser (which hands the module the raw bytes, not decoded text).
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace leren::core::utf8 {

enum class Encoding { utf8, utf8Bom, utf16, utf32 };

// Recognises UTF-16/32 by their byte order marks or by the NUL bytes ASCII gets in them.
Encoding detect(std::string_view bytes);

// Byte offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlong forms,
// no surrogates, nothing above U+10FFFF, no truncated sequence); nullopt when all is well.
std::optional<size_t> firstInvalidByte(std::string_view bytes);

// Adds every code point above ASCII that `bytes` spells in well-formed UTF-8 to `out`
// (ill-formed sequences are skipped a byte at a time).
void addNonAscii(std::string_view bytes, std::set<char32_t>& out);

// Appends code point `cp` written as UTF-8.
void append(std::string& out, char32_t cp);

// `codePoints` written as UTF-8.
std::string encode(const std::set<char32_t>& codePoints);

}  // namespace leren::core::utf8
