#include "core/json_positions.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

#include "core/json_chars.hpp"
#include "core/stable_sort.hpp"
#include "core/utf8.hpp"

namespace leren::core {
namespace {

using json_chars::hexValue;
using json_chars::isSpace;
using json_chars::startsWithBom;

// Decodes a JSON string starting at text[pos] == '"' into `out` (a member name with escapes).
// Returns false on unterminated input or a bad \u escape. Surrogate pairs are kept as two
// 3-byte sequences and an unknown escape as its letter: good enough to match keys, which in
// content are plain ASCII ids; the parser reports what is not JSON.
bool readString(std::string_view text, size_t& pos, std::string& out) {
  ++pos;
  while (pos < text.size()) {
    char c = text[pos];
    if (c == '"') {
      ++pos;
      return true;
    }
    if (c != '\\') {
      out += c;
      ++pos;
      continue;
    }
    if (pos + 1 >= text.size()) return false;
    char e = text[pos + 1];
    pos += 2;
    if (e != 'u') {
      out += json_chars::shortEscape(e).value_or(e);
      continue;
    }
    uint32_t cp = 0;
    for (int i = 0; i < 4 && pos < text.size(); ++i, ++pos) {
      int h = hexValue(text[pos]);
      if (h < 0) return false;
      cp = cp * 16 + static_cast<uint32_t>(h);
    }
    utf8::append(out, cp);
  }
  return false;
}

}  // namespace

void appendPointerToken(std::string& out, std::string_view token) {
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
}

std::string escapePointerToken(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  appendPointerToken(out, token);
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

// Skips a string value starting at text[pos] == '"' without decoding it: memchr finds each
// quote, and a quote after an odd run of backslashes is escaped. Returns false when unterminated.
bool skipString(std::string_view text, size_t& pos) {
  const size_t open = pos;
  for (size_t from = pos + 1; from < text.size();) {
    const void* found = std::memchr(text.data() + from, '"', text.size() - from);
    if (!found) break;
    const size_t quote = static_cast<size_t>(static_cast<const char*>(found) - text.data());
    size_t backslashes = 0;
    while (quote - backslashes - 1 > open && text[quote - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) {
      pos = quote + 1;
      return true;
    }
    from = quote + 1;
  }
  pos = text.size();
  return false;
}

// The member names of the objects being walked, innermost last, with where their values
// start: one list for all of them (an object's names follow its parent's, and go when it
// closes). A name is a view of the text, or of `decoded_` when it had escapes. Objects in
// content are small, where a short list beats a hash map; a large one gets a map of its own.
class MemberNames {
 public:
  // Opens an object's names; returns its mark for add() and close().
  size_t open() {
    maps_.emplace_back();
    return names_.size();
  }
  // Records `name` at `offset` in the innermost object (opened at `mark`); returns where it
  // was before when it was seen before.
  std::optional<uint32_t> add(size_t mark, std::string_view name, uint32_t offset) {
    auto& map = maps_.back();
    if (!map && names_.size() - mark < kListed) {
      for (size_t i = mark; i < names_.size(); ++i)
        if (names_[i].first == name) return std::exchange(names_[i].second, offset);
      names_.emplace_back(name, offset);
      return std::nullopt;
    }
    if (!map)
      map = std::make_unique<std::unordered_map<std::string_view, uint32_t>>(names_.begin() + mark, names_.end());
    auto [it, fresh] = map->emplace(name, offset);
    if (fresh) return std::nullopt;
    return std::exchange(it->second, offset);
  }
  void close(size_t mark) {
    names_.resize(mark);
    maps_.pop_back();
  }
  // Keeps a decoded name (one with escapes) alive for as long as the walk.
  std::string_view keep(std::string name) { return decoded_.emplace_back(std::move(name)); }

 private:
  static constexpr size_t kListed = 32;
  std::vector<std::pair<std::string_view, uint32_t>> names_;
  std::vector<std::unique_ptr<std::unordered_map<std::string_view, uint32_t>>> maps_;  // one per open object
  std::deque<std::string> decoded_;
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
    uint32_t offset;        // where the container starts
    size_t finding;         // index of its "too many" finding, once there is one
    size_t names;           // of an object: its mark in `names`
    std::string_view name;  // of an object: the name of the member being read
  };
  std::vector<Frame> stack;
  MemberNames names;
  // The pointer of the value being read is made only when a start or a finding needs it:
  // building it for every value was most of the walk's time (docs/performance.md).
  auto pointerOf = [&](size_t levels) {
    std::string pointer;
    for (size_t i = 0; i < levels; ++i) {
      pointer += '/';
      if (stack[i].array) {
        pointer += std::to_string(stack[i].count - 1);
      } else {
        appendPointerToken(pointer, stack[i].name);
      }
    }
    return pointer;
  };
  size_t pos = startsWithBom(text) ? 3 : 0;
  auto skipSpace = [&] {
    while (pos < text.size() && isSpace(text[pos])) ++pos;
  };
  auto finding = [&](JsonFinding::Kind kind, uint32_t offset, size_t count = 0, std::string token = {}) {
    findings.push_back(JsonFinding{kind, pointerOf(stack.size()), offset, 0, count, std::move(token)});
  };
  // Counts one more element of the innermost container; reports once when it passes the limit.
  auto countElement = [&] {
    Frame& top = stack.back();
    ++top.count;
    const size_t limit = top.array ? limits.maxArrayItems : limits.maxObjectMembers;
    if (top.count == limit + 1) {
      top.finding = findings.size();
      findings.push_back(JsonFinding{top.array ? JsonFinding::Kind::tooManyItems : JsonFinding::Kind::tooManyMembers,
                                     pointerOf(stack.size() - 1),
                                     top.offset,
                                     0,
                                     top.count,
                                     {}});
    } else if (top.count > limit) {
      findings[top.finding].count = top.count;  // the total, once the list is done
    }
  };
  auto pop = [&] {
    if (!stack.back().array) names.close(stack.back().names);
    stack.pop_back();
  };
  enum class Want { value, key, after };
  Want want = Want::value;

  while (true) {
    skipSpace();
    if (pos >= text.size()) break;
    const auto here = static_cast<uint32_t>(pos);
    if (want == Want::value) {
      if (!stack.empty()) {
        Frame& top = stack.back();
        if (!top.array) {
          // A member: check its name against the earlier ones of this object.
          if (std::optional<uint32_t> earlier = names.add(top.names, top.name, here))
            findings.push_back(JsonFinding{JsonFinding::Kind::duplicateKey, pointerOf(stack.size()), here, *earlier, 0,
                                           std::string(top.name)});
        }
        countElement();
      }
      if (stack.size() <= recordDepth) starts.emplace_back(pointerOf(stack.size()), here);
      char c = text[pos];
      if (c == '{' || c == '[') {
        if (stack.size() >= limits.maxDepth) {
          finding(JsonFinding::Kind::tooDeep, here, stack.size() + 1);
          break;  // nothing deeper is read, by anyone
        }
        stack.push_back(Frame{c == '[', 0, here, 0, c == '[' ? 0 : names.open(), {}});
        ++pos;
        skipSpace();
        if (pos < text.size() && (text[pos] == '}' || text[pos] == ']')) {
          ++pos;
          pop();
          want = Want::after;
        } else {
          want = c == '[' ? Want::value : Want::key;
        }
      } else if (c == '"') {
        if (!skipString(text, pos)) break;
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
      if (!skipString(text, pos)) break;
      std::string_view raw = text.substr(here + 1, pos - here - 2);
      if (raw.find('\\') == std::string_view::npos) {
        stack.back().name = raw;  // most names: as written
      } else {
        std::string decoded;
        size_t at = here;
        if (!readString(text, at, decoded)) break;  // a bad escape: the parser reports it
        stack.back().name = names.keep(std::move(decoded));
      }
      if (pos - here - 2 > limits.maxKeyBytes) finding(JsonFinding::Kind::keyTooLong, here, pos - here - 2);
      skipSpace();
      if (pos >= text.size() || text[pos] != ':') break;
      ++pos;
      want = Want::value;
    } else {  // after a value
      if (stack.empty()) break;
      Frame& top = stack.back();
      char c = text[pos];
      if (c == ',') {
        ++pos;
        want = top.array ? Want::value : Want::key;
      } else if (c == (top.array ? ']' : '}')) {
        ++pos;
        pop();
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
  if (lineStarts_.empty()) {  // on the first position asked: a clean file needs one or none
    lineStarts_.push_back(0);
    for (const char *at = text_.data(), *end = at + text_.size();
         (at = static_cast<const char*>(std::memchr(at, '\n', static_cast<size_t>(end - at)))) != nullptr; ++at)
      lineStarts_.push_back(static_cast<uint32_t>(at - text_.data() + 1));
  }
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
