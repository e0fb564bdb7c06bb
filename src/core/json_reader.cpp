#include "core/json_reader.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "core/json_chars.hpp"
#include "core/utf8.hpp"

namespace leren::core {
namespace {

// nlohmann's own tree builder, the one its parse() uses; pinned with the library (Debian 12's
// 3.11.2), as in json_text.cpp.
using Builder = nlohmann::detail::json_sax_dom_parser<nlohmann::json>;

// What a byte inside a string asks for: nothing (most), the string's end or an escape, or a
// check of the UTF-8 it is part of.
enum class InString : uint8_t { plain, special, nonAscii };

constexpr std::array<InString, 256> kInString = [] {
  std::array<InString, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = InString::special;  // control characters: not allowed
  table['"'] = table['\\'] = InString::special;
  for (int c = 0x80; c < 0x100; ++c) table[c] = InString::nonAscii;
  return table;
}();

using json_chars::hexValue;
using json_chars::isSpace;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// A decimal such as 7.0 or 0.125 whose digits make an integer of at most 2^53 and whose power
// of ten is at most 22: such a number is that integer times or divided by an exact power of
// ten, and one IEEE operation on two exact values rounds correctly, so this is strtod's answer
// to the bit (Clinger, 1990). strtod itself is slow in the page (Emscripten's libc reads with
// software long doubles: 4.6 ms for the index's 46 numbers at start). Others: nullopt.
std::optional<double> shortDecimal(std::string_view token) {
  static constexpr double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  size_t at = 0;
  const bool negative = token[0] == '-';
  if (negative) ++at;
  uint64_t digits = 0;
  int scale = 0;  // the power of ten to apply to `digits`
  bool point = false;
  for (; at < token.size() && token[at] != 'e' && token[at] != 'E'; ++at) {
    if (token[at] == '.') {
      point = true;
      continue;
    }
    if (digits > (uint64_t{1} << 53) / 10) return std::nullopt;  // too many digits to be exact
    digits = digits * 10 + static_cast<uint64_t>(token[at] - '0');
    if (point) --scale;
  }
  if (at < token.size()) {  // an exponent: the grammar was checked, so digits follow
    ++at;
    const bool down = token[at] == '-';
    if (token[at] == '+' || token[at] == '-') ++at;
    if (token.size() - at > 3) return std::nullopt;
    int exponent = 0;
    for (; at < token.size(); ++at) exponent = exponent * 10 + (token[at] - '0');
    scale += down ? -exponent : exponent;
  }
  if (digits > (uint64_t{1} << 53) || scale < -22 || scale > 22) return std::nullopt;
  const double value =
      scale < 0 ? static_cast<double>(digits) / kPowers[-scale] : static_cast<double>(digits) * kPowers[scale];
  return negative ? -value : value;
}

class Reader {
 public:
  Reader(std::string_view text, Builder& out) : text_(text), out_(out) {}

  bool read() {
    if (!text_.empty() && static_cast<unsigned char>(text_[0]) == 0xEF) {
      if (!json_chars::startsWithBom(text_)) return false;
      pos_ = 3;
    }
    enum class Want { value, valueOrEnd, key, keyOrEnd, after };
    Want want = Want::value;
    std::vector<bool> arrays;  // the open containers, innermost last: true for an array
    const auto close = [&] {
      ++pos_;
      if (arrays.back()) {
        out_.end_array();
      } else {
        out_.end_object();
      }
      arrays.pop_back();
      want = Want::after;
    };
    while (true) {
      skipSpace();
      if (pos_ == text_.size()) return want == Want::after && arrays.empty();
      const char c = text_[pos_];
      switch (want) {
        case Want::valueOrEnd:
          if (c == ']') {
            close();
            break;
          }
          [[fallthrough]];
        case Want::value:
          if (c == '{' || c == '[') {
            ++pos_;
            const bool array = c == '[';
            if (array) {
              out_.start_array(static_cast<std::size_t>(-1));
            } else {
              out_.start_object(static_cast<std::size_t>(-1));
            }
            arrays.push_back(array);
            want = array ? Want::valueOrEnd : Want::keyOrEnd;
            break;
          }
          if (!scalar(c)) return false;
          want = Want::after;
          break;
        case Want::keyOrEnd:
          if (c == '}') {
            close();
            break;
          }
          [[fallthrough]];
        case Want::key:
          if (c != '"' || !string()) return false;
          out_.key(string_);
          skipSpace();
          if (pos_ == text_.size() || text_[pos_] != ':') return false;
          ++pos_;
          want = Want::value;
          break;
        case Want::after:
          if (arrays.empty()) return false;  // something after the whole value
          if (c == ',') {
            ++pos_;
            want = arrays.back() ? Want::value : Want::key;
          } else if (c == (arrays.back() ? ']' : '}')) {
            close();
          } else {
            return false;
          }
          break;
      }
    }
  }

 private:
  void skipSpace() {
    while (pos_ < text_.size() && isSpace(text_[pos_])) ++pos_;
  }

  bool literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  bool scalar(char c) {
    if (c == '"') {
      if (!string()) return false;
      out_.string(string_);
      return true;
    }
    if (c == '-' || isDigit(c)) return number();
    if (literal("true")) return out_.boolean(true);
    if (literal("false")) return out_.boolean(false);
    if (literal("null")) return out_.null();
    return false;
  }

  // A string at text_[pos_] == '"' into string_: runs of plain bytes are appended at once.
  bool string() {
    string_.clear();
    const size_t begin = ++pos_;
    size_t run = begin;
    bool nonAscii = false;
    for (size_t at = begin; at < text_.size();) {
      const auto byte = static_cast<unsigned char>(text_[at]);
      const InString kind = kInString[byte];
      if (kind == InString::plain) {
        ++at;
        continue;
      }
      if (kind == InString::nonAscii) {
        nonAscii = true;
        ++at;
        continue;
      }
      string_.append(text_.data() + run, at - run);
      if (byte == '"') {
        pos_ = at + 1;
        // Escapes are ASCII, so the raw bytes are well-formed UTF-8 exactly when the text
        // between them is.
        return !nonAscii || !utf8::firstInvalidByte(text_.substr(begin, at - begin));
      }
      if (byte != '\\' || !escape(at)) return false;  // a control character, or a bad escape
      run = at;
    }
    return false;  // unterminated
  }

  // The escape at text_[at] == '\\', appended to string_; `at` moves past it.
  bool escape(size_t& at) {
    if (at + 1 >= text_.size()) return false;
    const char e = text_[at + 1];
    at += 2;
    if (e != 'u') {
      const std::optional<char> stands = json_chars::shortEscape(e);
      if (stands) string_ += *stands;
      return stands.has_value();
    }
    int unit = hex4(at);
    if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF)) return false;  // a low surrogate alone
    char32_t cp = static_cast<char32_t>(unit);
    if (unit >= 0xD800 && unit <= 0xDBFF) {  // a high surrogate: its low one must follow
      if (text_.substr(at, 2) != "\\u") return false;
      at += 2;
      const int low = hex4(at);
      if (low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
    }
    utf8::append(string_, cp);
    return true;
  }

  // Four hex digits at `at` (which moves past them); -1 when they are not.
  int hex4(size_t& at) {
    if (at + 4 > text_.size()) return -1;
    int value = 0;
    for (size_t i = 0; i < 4; ++i) {
      const int digit = hexValue(text_[at + i]);
      if (digit < 0) return -1;
      value = value * 16 + digit;
    }
    at += 4;
    return value;
  }

  // A number as RFC 8259 writes it. Integers become nlohmann's signed or unsigned kind as
  // its lexer makes them; one of more than 18 digits is left to nlohmann (it may overflow
  // into a float). Others are read as strtod reads them (nlohmann's way): a short decimal
  // exactly without it, the rest with it.
  bool number() {
    const size_t begin = pos_;
    size_t at = pos_;
    const bool negative = text_[at] == '-';
    if (negative) ++at;
    const auto digits = [&] {
      const size_t from = at;
      while (at < text_.size() && isDigit(text_[at])) ++at;
      return at > from;
    };
    if (at < text_.size() && text_[at] == '0') {
      ++at;
    } else if (!digits()) {
      return false;
    }
    bool fraction = false;
    if (at < text_.size() && text_[at] == '.') {
      ++at;
      if (!digits()) return false;
      fraction = true;
    }
    if (at < text_.size() && (text_[at] == 'e' || text_[at] == 'E')) {
      ++at;
      if (at < text_.size() && (text_[at] == '+' || text_[at] == '-')) ++at;
      if (!digits()) return false;
      fraction = true;
    }
    const std::string_view token = text_.substr(begin, at - begin);
    pos_ = at;
    if (!fraction) {
      if (token.size() - (negative ? 1 : 0) > 18) return false;
      uint64_t value = 0;
      for (char d : token.substr(negative ? 1 : 0)) value = value * 10 + static_cast<uint64_t>(d - '0');
      return negative ? out_.number_integer(-static_cast<int64_t>(value)) : out_.number_unsigned(value);
    }
    if (std::optional<double> exact = shortDecimal(token)) return out_.number_float(*exact, noText_);
    char buffer[64];
    if (token.size() >= sizeof buffer) return false;
    std::memcpy(buffer, token.data(), token.size());
    buffer[token.size()] = '\0';
    const double value = std::strtod(buffer, nullptr);
    if (!std::isfinite(value)) return false;  // nlohmann reports the overflow
    return out_.number_float(value, noText_);
  }

  std::string_view text_;
  Builder& out_;
  size_t pos_ = 0;
  std::string string_;  // the string just read
  const std::string noText_;
};

}  // namespace

bool readWellFormedJson(std::string_view text, nlohmann::json& tree) {
  Builder builder(tree, /*allow_exceptions_=*/false);
  return Reader(text, builder).read();
}

}  // namespace leren::core
