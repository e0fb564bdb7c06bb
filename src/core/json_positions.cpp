#include "core/json_positions.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <utility>

#include "core/stable_sort.hpp"
#include "core/utf8.hpp"

namespace leren::core {
namespace {

bool startsWithBom(std::string_view text) { return text.substr(0, 3) == "\xEF\xBB\xBF"; }

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

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
          utf8::append(*out, cp);
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
  for (size_t i = startsWithBom(text) ? 3 : 0; i < offset; ++i) {
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

namespace {

bool isNumberStart(char c) { return c == '-' || (c >= '0' && c <= '9'); }

// Whether a number token is beyond the limits (too long to be meant, infinite, or too large).
bool numberTooLarge(std::string_view token, const JsonScanLimits& limits) {
  if (token.size() > limits.maxNumberChars) return true;
  char buffer[64];
  size_t n = std::min(token.size(), sizeof buffer - 1);
  std::memcpy(buffer, token.data(), n);
  buffer[n] = '\0';
  char* end = nullptr;
  double value = std::strtod(buffer, &end);
  if (end == buffer) return false;  // not a number at all: the parser reports the syntax
  return !std::isfinite(value) || std::fabs(value) > limits.maxNumberMagnitude;
}

// The member names of one object seen so far, with where their values start. Objects in
// content are small, where a short list beats a hash map; a large one switches to a map.
class MemberNames {
 public:
  // Records `name` at `offset`; returns where it was before when it was seen before.
  std::optional<uint32_t> add(const std::string& name, uint32_t offset) {
    if (map_.empty() && listed_.size() < kListed) {
      for (auto& [n, o] : listed_)
        if (n == name) return std::exchange(o, offset);
      listed_.emplace_back(name, offset);
      return std::nullopt;
    }
    if (map_.empty()) map_.insert(listed_.begin(), listed_.end());
    auto [it, fresh] = map_.emplace(name, offset);
    if (fresh) return std::nullopt;
    return std::exchange(it->second, offset);
  }

 private:
  static constexpr size_t kListed = 32;
  std::vector<std::pair<std::string, uint32_t>> listed_;
  std::unordered_map<std::string, uint32_t> map_;
};

// Sorted for lookup; for duplicate keys the last occurrence wins, as in nlohmann::json.
void sortUnique(std::vector<std::pair<std::string, uint32_t>>& starts) {
  stableSortBy(starts, [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<std::string, uint32_t>> unique;
  unique.reserve(starts.size());
  for (auto& entry : starts) {
    if (!unique.empty() && unique.back().first == entry.first) {
      unique.back().second = entry.second;
    } else {
      unique.push_back(std::move(entry));
    }
  }
  starts = std::move(unique);
}

}  // namespace

JsonPositions JsonPositions::scan(std::string_view text, const JsonScanLimits& limits) {
  JsonPositions result;
  result.text_ = std::string(text);
  result.limits_ = limits;
  result.lineStarts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') result.lineStarts_.push_back(static_cast<uint32_t>(i + 1));
  walk(text, limits, 1, result.starts_, result.findings_);
  sortUnique(result.starts_);
  return result;
}

const JsonPositions::Starts& JsonPositions::startsFor(std::string_view pointer) const {
  const bool topLevel = pointer.empty() || pointer.find('/', 1) == std::string_view::npos;
  return topLevel ? starts_ : allStarts();
}

const JsonPositions::Starts& JsonPositions::allStarts() const {
  if (builtAll_) return starts_;
  Starts all;
  std::vector<JsonFinding> again;  // the same findings as the scan's
  walk(text_, limits_, SIZE_MAX, all, again);
  sortUnique(all);
  starts_ = std::move(all);
  builtAll_ = true;
  return starts_;
}

void JsonPositions::walk(std::string_view text, const JsonScanLimits& limits, size_t recordDepth, Starts& starts,
                         std::vector<JsonFinding>& findings) {
  struct Frame {
    bool array;
    size_t count;
    size_t pointerLength;  // length of the container's own pointer
    uint32_t offset;       // where the container starts
    size_t finding;        // index of its "too many" finding, once there is one
    MemberNames keys;      // of an object: for duplicates
  };
  std::vector<Frame> stack;
  std::string pointer;
  std::string key;  // the member name just read, while its value is scanned
  size_t pos = startsWithBom(text) ? 3 : 0;
  auto skipSpace = [&] {
    while (pos < text.size() && isSpace(text[pos])) ++pos;
  };
  auto finding = [&](JsonFinding::Kind kind, uint32_t offset, size_t count = 0, std::string token = {}) {
    findings.push_back(JsonFinding{kind, pointer, offset, 0, count, std::move(token)});
  };
  // Counts one more element of the innermost container; reports once when it passes the limit.
  auto countElement = [&] {
    Frame& top = stack.back();
    ++top.count;
    const size_t limit = top.array ? limits.maxArrayItems : limits.maxObjectMembers;
    if (top.count == limit + 1) {
      top.finding = findings.size();
      findings.push_back(JsonFinding{top.array ? JsonFinding::Kind::tooManyItems : JsonFinding::Kind::tooManyMembers,
                                     pointer.substr(0, top.pointerLength),
                                     top.offset,
                                     0,
                                     top.count,
                                     {}});
    } else if (top.count > limit) {
      findings[top.finding].count = top.count;  // the total, once the list is done
    }
  };
  enum class Want { value, key, after };
  Want want = Want::value;

  while (true) {
    skipSpace();
    if (pos >= text.size()) break;
    const auto here = static_cast<uint32_t>(pos);
    if (want == Want::value) {
      if (!stack.empty()) {
        if (!stack.back().array) {
          // A member: check its name against the earlier ones of this object.
          if (std::optional<uint32_t> earlier = stack.back().keys.add(key, here))
            findings.push_back(JsonFinding{JsonFinding::Kind::duplicateKey, pointer, here, *earlier, 0, key});
        }
        countElement();
      }
      if (stack.size() <= recordDepth) starts.emplace_back(pointer, here);
      char c = text[pos];
      if (c == '{' || c == '[') {
        if (stack.size() >= limits.maxDepth) {
          finding(JsonFinding::Kind::tooDeep, here, stack.size() + 1);
          break;  // nothing deeper is read, by anyone
        }
        stack.push_back(Frame{c == '[', 0, pointer.size(), here, 0, {}});
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
        if (pos - here - 2 > limits.maxStringBytes) finding(JsonFinding::Kind::stringTooLong, here, pos - here - 2);
        want = Want::after;
      } else {
        size_t begin = pos;
        while (pos < text.size() && !isSpace(text[pos]) && text[pos] != ',' && text[pos] != ']' && text[pos] != '}' &&
               text[pos] != ':')
          ++pos;
        if (pos == begin) break;  // not a value
        std::string_view token = text.substr(begin, pos - begin);
        if (isNumberStart(token[0]) && numberTooLarge(token, limits))
          finding(JsonFinding::Kind::numberTooLarge, here, token.size(),
                  token.size() <= limits.maxNumberChars
                      ? std::string(token)
                      : std::string(token.substr(0, limits.maxNumberChars)) + "\xE2\x80\xA6");
        want = Want::after;
      }
    } else if (want == Want::key) {
      if (text[pos] != '"') break;
      key.clear();
      if (!readString(text, pos, &key)) break;
      pointer.resize(stack.back().pointerLength);
      pointer += '/';
      pointer += escapePointerToken(key);
      if (pos - here - 2 > limits.maxKeyBytes) finding(JsonFinding::Kind::keyTooLong, here, pos - here - 2);
      skipSpace();
      if (pos >= text.size() || text[pos] != ':') break;
      ++pos;
      want = Want::value;
    } else {  // after a value
      if (stack.empty()) break;
      Frame& top = stack.back();
      pointer.resize(top.pointerLength);
      char c = text[pos];
      if (c == ',') {
        ++pos;
        if (top.array) {
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
}

TextPosition JsonPositions::positionInString(std::string_view pointer, size_t decodedOffset) const {
  const Starts& starts = startsFor(pointer);
  auto it = std::lower_bound(starts.begin(), starts.end(), pointer,
                             [](const auto& entry, std::string_view p) { return entry.first < p; });
  if (it == starts.end() || it->first != pointer) return find(pointer);
  size_t raw = it->second;
  if (raw >= text_.size() || text_[raw] != '"') return positionOf(it->second);
  ++raw;
  size_t decoded = 0;
  while (raw < text_.size() && text_[raw] != '"' && decoded < decodedOffset) {
    if (text_[raw] != '\\') {
      ++raw;
      ++decoded;
      continue;
    }
    if (raw + 1 >= text_.size()) break;
    if (text_[raw + 1] != 'u') {
      raw += 2;
      ++decoded;
      continue;
    }
    // \uXXXX: 1 to 3 UTF-8 bytes; a surrogate pair (\uD83D\uDE00) is 12 characters, 4 bytes.
    unsigned cp = 0;
    for (size_t k = raw + 2; k < raw + 6 && k < text_.size(); ++k)
      cp = cp * 16 + static_cast<unsigned>(hexValue(text_[k]) & 0xF);
    if (cp >= 0xD800 && cp <= 0xDBFF && raw + 11 < text_.size() && text_[raw + 6] == '\\') {
      raw += 12;
      decoded += 4;
    } else {
      raw += 6;
      decoded += cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
    }
  }
  return positionOf(static_cast<uint32_t>(std::min(raw, text_.size())));
}

std::string JsonPositions::pointerAt(size_t offset) const {
  const std::pair<std::string, uint32_t>* best = nullptr;
  for (const auto& entry : allStarts())
    if (entry.second <= offset && (!best || entry.second > best->second)) best = &entry;
  return best ? best->first : std::string();
}

bool JsonPositions::tooDeep() const {
  return std::any_of(findings_.begin(), findings_.end(),
                     [](const JsonFinding& f) { return f.kind == JsonFinding::Kind::tooDeep; });
}

TextPosition JsonPositions::positionOf(uint32_t offset) const {
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  size_t line = static_cast<size_t>(it - lineStarts_.begin());  // 1-based
  uint32_t lineStart = lineStarts_[line - 1];
  if (line == 1 && startsWithBom(text_)) lineStart = std::min<uint32_t>(3, offset);
  int column = 1;
  for (uint32_t i = lineStart; i < offset && i < text_.size(); ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  return TextPosition{static_cast<int>(line), column};
}

bool JsonPositions::contains(std::string_view pointer) const {
  const Starts& starts = startsFor(pointer);
  auto it = std::lower_bound(starts.begin(), starts.end(), pointer,
                             [](const auto& entry, std::string_view p) { return entry.first < p; });
  return it != starts.end() && it->first == pointer;
}

TextPosition JsonPositions::find(std::string_view pointer) const {
  const Starts& starts = startsFor(pointer);
  while (true) {
    auto it = std::lower_bound(starts.begin(), starts.end(), pointer,
                               [](const auto& entry, std::string_view p) { return entry.first < p; });
    if (it != starts.end() && it->first == pointer) return positionOf(it->second);
    if (pointer.empty()) return {};
    pointer = pointer.substr(0, pointer.rfind('/'));
  }
}

}  // namespace leren::core
