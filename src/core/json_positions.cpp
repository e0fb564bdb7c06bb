#include "core/json_positions.hpp"

#include <algorithm>

namespace leren::core {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads a JSON string starting at text[pos] == '"'. Returns false on unterminated input.
// Decodes the escapes that can occur in member names (surrogate pairs are kept as two
// 3-byte sequences: good enough to match keys, which in content are plain ASCII ids).
bool readString(std::string_view text, size_t& pos, std::string* out) {
  ++pos;
  while (pos < text.size()) {
    char c = text[pos];
    if (c == '"') {
      ++pos;
      return true;
    }
    if (c == '\\') {
      if (pos + 1 >= text.size()) return false;
      char e = text[pos + 1];
      pos += 2;
      if (!out) {
        if (e == 'u') pos += std::min<size_t>(4, text.size() - pos);
        continue;
      }
      switch (e) {
        case 'n':
          *out += '\n';
          break;
        case 't':
          *out += '\t';
          break;
        case 'r':
          *out += '\r';
          break;
        case 'b':
          *out += '\b';
          break;
        case 'f':
          *out += '\f';
          break;
        case 'u': {
          uint32_t cp = 0;
          for (int i = 0; i < 4 && pos < text.size(); ++i, ++pos) {
            int h = hexValue(text[pos]);
            if (h < 0) return false;
            cp = cp * 16 + static_cast<uint32_t>(h);
          }
          appendUtf8(*out, cp);
          break;
        }
        default:
          *out += e;
          break;  // \" \\ \/
      }
      continue;
    }
    if (out) *out += c;
    ++pos;
  }
  return false;
}

}  // namespace

std::string escapePointerToken(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

TextPosition positionOfOffset(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  TextPosition p{1, 1};
  for (size_t i = 0; i < offset; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // not a UTF-8 continuation byte
      ++p.column;
    }
  }
  return p;
}

JsonPositions JsonPositions::scan(std::string_view text) {
  JsonPositions result;
  result.text_ = std::string(text);
  result.lineStarts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') result.lineStarts_.push_back(static_cast<uint32_t>(i + 1));

  struct Frame {
    bool array;
    size_t count;
    size_t pointerLength;  // length of the container's own pointer
  };
  std::vector<Frame> stack;
  std::string pointer;
  size_t pos = 0;
  auto skipSpace = [&] {
    while (pos < text.size() && isSpace(text[pos])) ++pos;
  };
  enum class Want { value, key, after };
  Want want = Want::value;

  // Iterative, so that deeply nested (or hostile) input cannot exhaust the stack.
  while (true) {
    skipSpace();
    if (pos >= text.size()) break;
    if (want == Want::value) {
      result.starts_.emplace_back(pointer, static_cast<uint32_t>(pos));
      char c = text[pos];
      if (c == '{' || c == '[') {
        if (stack.size() >= kMaxNesting) break;  // content is never this deep
        stack.push_back(Frame{c == '[', 0, pointer.size()});
        ++pos;
        skipSpace();
        if (pos < text.size() && (text[pos] == '}' || text[pos] == ']')) {
          ++pos;
          stack.pop_back();
          want = Want::after;
        } else if (c == '[') {
          pointer += "/0";
          want = Want::value;
        } else {
          want = Want::key;
        }
      } else if (c == '"') {
        if (!readString(text, pos, nullptr)) break;
        want = Want::after;
      } else {
        size_t begin = pos;
        while (pos < text.size() && !isSpace(text[pos]) && text[pos] != ',' && text[pos] != ']' && text[pos] != '}' &&
               text[pos] != ':')
          ++pos;
        if (pos == begin) break;  // not a value
        want = Want::after;
      }
    } else if (want == Want::key) {
      if (text[pos] != '"') break;
      std::string key;
      if (!readString(text, pos, &key)) break;
      skipSpace();
      if (pos >= text.size() || text[pos] != ':') break;
      ++pos;
      pointer.resize(stack.back().pointerLength);
      pointer += '/';
      pointer += escapePointerToken(key);
      want = Want::value;
    } else {  // after a value
      if (stack.empty()) break;
      Frame& top = stack.back();
      pointer.resize(top.pointerLength);
      char c = text[pos];
      if (c == ',') {
        ++pos;
        if (top.array) {
          ++top.count;
          pointer += '/' + std::to_string(top.count);
          want = Want::value;
        } else {
          want = Want::key;
        }
      } else if (c == (top.array ? ']' : '}')) {
        ++pos;
        stack.pop_back();
        want = Want::after;
      } else {
        break;
      }
    }
  }
  // Sorted for lookup; for duplicate keys the last occurrence wins, as in nlohmann::json.
  std::stable_sort(result.starts_.begin(), result.starts_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<std::string, uint32_t>> unique;
  unique.reserve(result.starts_.size());
  for (auto& entry : result.starts_) {
    if (!unique.empty() && unique.back().first == entry.first) {
      unique.back().second = entry.second;
    } else {
      unique.push_back(std::move(entry));
    }
  }
  result.starts_ = std::move(unique);
  return result;
}

TextPosition JsonPositions::positionOf(uint32_t offset) const {
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  size_t line = static_cast<size_t>(it - lineStarts_.begin());  // 1-based
  uint32_t lineStart = lineStarts_[line - 1];
  int column = 1;
  for (uint32_t i = lineStart; i < offset && i < text_.size(); ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  return TextPosition{static_cast<int>(line), column};
}

bool JsonPositions::contains(std::string_view pointer) const {
  auto it = std::lower_bound(starts_.begin(), starts_.end(), pointer,
                             [](const auto& entry, std::string_view p) { return entry.first < p; });
  return it != starts_.end() && it->first == pointer;
}

TextPosition JsonPositions::find(std::string_view pointer) const {
  while (true) {
    auto it = std::lower_bound(starts_.begin(), starts_.end(), pointer,
                               [](const auto& entry, std::string_view p) { return entry.first < p; });
    if (it != starts_.end() && it->first == pointer) return positionOf(it->second);
    if (pointer.empty()) return {};
    pointer = pointer.substr(0, pointer.rfind('/'));
  }
}

}  // namespace leren::core
