#include "core/markdown_inlines.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "core/byte_set.hpp"
#include "core/markdown_build.hpp"

namespace leren::core::md {
namespace {

// Parentheses nested deeper in a link's target end it (as in commonmark.js): each "]" then
// looks a bounded way ahead.
constexpr int kMaxParenDepth = 32;

bool isAsciiPunct(uint32_t c) {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

// Unicode white space (Zs) and ASCII white space, as md4c; the start and end of the text count
// as white space.
bool isSpace(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

// ASCII punctuation and the Unicode punctuation a Dutch or English text uses (quotes, dashes,
// ellipsis, guillemets); md4c knows every P category: a text where that matters is read by both
// in coursetool and flagged when they differ (markdown_reference.hpp).
bool isPunct(uint32_t c) {
  if (c < 128) return isAsciiPunct(c);
  return c == 0xA1 || c == 0xA7 || c == 0xAB || c == 0xB6 || c == 0xB7 || c == 0xBB || c == 0xBF ||
         (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || (c >= 0x3001 && c <= 0x3003) ||
         (c >= 0x3008 && c <= 0x3011);
}

uint32_t codePointAt(std::string_view s, size_t i) {
  if (i >= s.size()) return '\n';
  const auto c = static_cast<unsigned char>(s[i]);
  const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (len == 1 || i + len > s.size()) return c;
  uint32_t cp = c & (0x3Fu >> (len - 1));
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  return cp;
}

uint32_t codePointBefore(std::string_view s, size_t i) {
  if (i == 0) return '\n';
  size_t start = i - 1;
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return codePointAt(s, start);
}

enum class Mark : uint8_t { boldOn, boldOff, italicOn, italicOff, linkOn, linkOff };

// A stretch of the text: literal characters with the marks that come before and after them.
struct Piece {
  std::string text;
  std::vector<Mark> before, after;
  std::string target;  // linkOn: the link's target
};

// A run of * or _ that may open or close emphasis, in a list over the pieces (CommonMark's
// delimiter stack; removal unlinks, so indices stay valid).
struct Delimiter {
  size_t piece;
  char ch;
  size_t count, original;
  bool canOpen, canClose;
  int prev, next;
};

struct Bracket {
  size_t piece;
  bool image;
  bool active = true;
  int delimitersBelow;  // the last delimiter before it (-1: none)
};

class InlineReader {
 public:
  InlineReader(std::string_view text, const LineStarts& lineStarts, RichText& out)
      : s_(text), lineStarts_(lineStarts), out_(out) {}

  void read(Block& block) {
    size_t i = 0;
    while (i < s_.size()) i = step(i);
    flush();
    processEmphasis(-1);
    emit(block);
  }

 private:
  size_t step(size_t i) {
    const char c = s_[i];
    switch (c) {
      case '\\':
        if (i + 1 < s_.size() && s_[i + 1] == '\n') {  // a hard line break
          literal_ += ' ';
          return i + 2;
        }
        if (i + 1 < s_.size() && isAsciiPunct(static_cast<unsigned char>(s_[i + 1]))) {
          literal_ += s_[i + 1];
          return i + 2;
        }
        literal_ += '\\';
        return i + 1;
      case '\n':
        literal_ += ' ';
        return i + 1;
      case '`':
        return codeSpan(i);
      case '&':
        return entity(i);
      case '<':
        return angle(i);
      case '*':
      case '_':
        return delimiterRun(i);
      case '!':
        if (i + 1 < s_.size() && s_[i + 1] == '[') {
          openBracket("![", true);
          return i + 2;
        }
        literal_ += c;
        return i + 1;
      case '[':
        openBracket("[", false);
        return i + 1;
      case ']':
        return closeBracket(i);
      default: {
        static constexpr ByteSet kSpecial("\\\n`&<*_![]");
        const size_t end = kSpecial.findIn(s_, i + 1);
        const size_t stop = end == std::string_view::npos ? s_.size() : end;
        literal_.append(s_.substr(i, stop - i));
        return stop;
      }
    }
  }

  void flush() {
    if (literal_.empty()) return;
    pieces_.push_back(Piece{std::move(literal_), {}, {}, {}});
    literal_.clear();
  }

  size_t codeSpan(size_t i) {
    size_t run = i;
    while (run < s_.size() && s_[run] == '`') ++run;
    const size_t ticks = run - i;
    size_t& noCloser = noCloserFrom("`" + std::to_string(ticks));
    for (size_t j = run < noCloser ? s_.find('`', run) : std::string_view::npos; j != std::string_view::npos;
         j = s_.find('`', j)) {
      size_t end = j;
      while (end < s_.size() && s_[end] == '`') ++end;
      if (end - j == ticks) {
        noteUnsupported(out_, "code", sourceOffset(i));
        std::string code(s_.substr(run, j - run));
        for (char& ch : code)
          if (ch == '\n') ch = ' ';
        if (code.size() >= 2 && code.front() == ' ' && code.back() == ' ' &&
            code.find_first_not_of(' ') != std::string::npos)
          code = code.substr(1, code.size() - 2);
        literal_ += code;
        return end;
      }
      j = end;
    }
    noCloser = std::min(noCloser, run);  // no closing run of this length after here either
    literal_.append(ticks, '`');
    return run;
  }

  size_t entity(size_t i) {
    if (const Entity* e = entityAt(s_.substr(i))) {
      literal_ += e->value;
      return i + e->name.size();
    }
    literal_ += '&';
    return i + 1;
  }

  // <scheme:...> is a link; <tag ...>, </tag>, <!-- -->, <? ?> and <!X ...> are HTML.
  size_t angle(size_t i) {
    if (const size_t end = autolinkEnd(i); end != 0) {
      const std::string url(s_.substr(i + 1, end - i - 2));
      flush();
      addLink(url, sourceOffset(i + 1), url);
      return end;
    }
    if (const size_t end = htmlEnd(i); end != 0) {
      noteUnsupported(out_, "html", sourceOffset(i));
      literal_.append(s_.substr(i, end - i));
      return end;
    }
    literal_ += '<';
    return i + 1;
  }

  size_t autolinkEnd(size_t i) const {
    size_t j = i + 1;
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (j >= s_.size() || !alpha(s_[j])) return 0;
    while (j < s_.size() &&
           (alpha(s_[j]) || (s_[j] >= '0' && s_[j] <= '9') || s_[j] == '+' || s_[j] == '.' || s_[j] == '-'))
      ++j;
    if (j - i - 1 < 2 || j - i - 1 > 32 || j >= s_.size() || s_[j] != ':') return 0;
    for (++j; j < s_.size(); ++j) {
      const auto c = static_cast<unsigned char>(s_[j]);
      if (c == '>') return j + 1;
      if (c <= ' ' || c == '<' || c == 0x7F) return 0;
    }
    return 0;
  }

  size_t htmlEnd(size_t i) const {
    auto at = [&](size_t k) { return k < s_.size() ? s_[k] : '\0'; };
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto until = [&](std::string_view close, size_t from) -> size_t {
      const size_t k = find(close, from);
      return k == std::string_view::npos ? 0 : k + close.size();
    };
    const char c = at(i + 1);
    if (c == '!' && at(i + 2) == '-' && at(i + 3) == '-') return until("-->", i + 4);
    if (c == '?') return until("?>", i + 2);
    if (c == '!' && alpha(at(i + 2))) return until(">", i + 2);
    const bool closing = c == '/';
    size_t j = i + 1 + (closing ? 1 : 0);
    if (!alpha(at(j))) return 0;
    while (alpha(at(j)) || (at(j) >= '0' && at(j) <= '9') || at(j) == '-') ++j;
    // Attributes, roughly: anything up to '>' that starts with white space, or nothing.
    if (at(j) == '>') return j + 1;
    if (at(j) == '/' && !closing) return at(j + 1) == '>' ? j + 2 : 0;
    if (at(j) != ' ' && at(j) != '\t' && at(j) != '\n') return 0;
    for (; j < s_.size(); ++j) {
      if (s_[j] == '<') return 0;
      if (s_[j] == '>') return j + 1;
    }
    return 0;
  }

  // s_.find(what, from), remembering where it found nothing: a text of many openers without a
  // closer ("<!--" again and again) is read in linear time.
  size_t find(std::string_view what, size_t from) const {
    size_t& none = noCloserFrom(std::string(what));
    if (from >= none) return std::string_view::npos;
    const size_t at = s_.find(what, from);
    if (at == std::string_view::npos) none = from;
    return at;
  }

  size_t delimiterRun(size_t i) {
    const char ch = s_[i];
    size_t end = i;
    while (end < s_.size() && s_[end] == ch) ++end;
    const uint32_t before = codePointBefore(s_, i), after = codePointAt(s_, end);
    const bool left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const bool right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    const bool open = ch == '*' ? left : left && (!right || isPunct(before));
    const bool close = ch == '*' ? right : right && (!left || isPunct(after));
    flush();
    pieces_.push_back(Piece{std::string(end - i, ch), {}, {}, {}});
    const int index = static_cast<int>(delimiters_.size());
    delimiters_.push_back(Delimiter{pieces_.size() - 1, ch, end - i, end - i, open, close, last_, -1});
    if (last_ >= 0) delimiters_[static_cast<size_t>(last_)].next = index;
    last_ = index;
    return end;
  }

  void openBracket(const char* text, bool image) {
    flush();
    pieces_.push_back(Piece{text, {}, {}, {}});
    brackets_.push_back(Bracket{pieces_.size() - 1, image, true, last_});
  }

  size_t closeBracket(size_t i) {
    flush();
    if (brackets_.empty()) {
      literal_ += ']';
      return i + 1;
    }
    const Bracket opener = brackets_.back();
    brackets_.pop_back();
    std::string target;
    size_t targetAt = 0;
    const size_t end = opener.active ? inlineLinkEnd(i + 1, target, targetAt) : 0;
    if (end == 0) {
      literal_ += ']';
      return i + 1;
    }
    processEmphasis(opener.delimitersBelow);
    Piece& open = pieces_[opener.piece];
    open.text.clear();
    if (opener.image) {
      noteUnsupported(out_, "image", sourceOffset(i));
      return end;
    }
    for (Bracket& b : brackets_)
      if (!b.image) b.active = false;  // no links inside a link
    out_.links.push_back(Link{target, target.empty() ? kUnknownOffset : sourceOffset(targetAt)});
    open.after.push_back(Mark::linkOn);
    open.target = target;
    pieces_.push_back(Piece{{}, {Mark::linkOff}, {}, {}});
    return end;
  }

  void addLink(const std::string& text, size_t offset, const std::string& target) {
    out_.links.push_back(Link{target, offset});
    pieces_.push_back(Piece{text, {Mark::linkOn}, {Mark::linkOff}, target});
  }

  // After "]": "(target "title")". Returns the end, or 0 when it is not an inline link.
  size_t inlineLinkEnd(size_t i, std::string& target, size_t& targetAt) const {
    auto at = [&](size_t k) { return k < s_.size() ? s_[k] : '\0'; };
    auto skipSpace = [&](size_t k) {
      bool newline = false;
      while (at(k) == ' ' || at(k) == '\t' || (at(k) == '\n' && !newline)) newline |= s_[k++] == '\n';
      return k;
    };
    if (at(i) != '(') return 0;
    size_t j = skipSpace(i + 1);
    targetAt = j;
    if (at(j) == '<') {
      targetAt = ++j;
      for (; at(j) != '>'; ++j) {
        if (j >= s_.size() || s_[j] == '\n' || s_[j] == '<') return 0;
        if (s_[j] == '\\' && isAsciiPunct(static_cast<unsigned char>(at(j + 1)))) ++j;
        target += s_[j];
      }
      ++j;
    } else {
      int depth = 0;
      for (; j < s_.size(); ++j) {
        const auto c = static_cast<unsigned char>(s_[j]);
        if (c <= ' ' || c == 0x7F) break;
        if (c == '\\' && isAsciiPunct(static_cast<unsigned char>(at(j + 1)))) {
          target += s_[++j];
          continue;
        }
        if (c == '(' && ++depth > kMaxParenDepth) return 0;
        if (c == ')' && depth-- == 0) break;
        target += static_cast<char>(c);
      }
      if (depth > 0) return 0;
    }
    const size_t afterTarget = j;
    j = skipSpace(j);
    const char quote = at(j);
    if (j > afterTarget && (quote == '"' || quote == '\'' || quote == '(')) {
      const char close = quote == '(' ? ')' : quote;
      size_t& none = noCloserFrom(std::string(1, quote));
      const size_t from = j;
      for (++j; at(j) != close; ++j) {
        if (j >= s_.size() || j >= none) {
          none = std::min(none, from);  // no title closes after here either
          return 0;
        }
        if (s_[j] == '\\') ++j;
      }
      j = skipSpace(j + 1);
    }
    return at(j) == ')' ? j + 1 : 0;
  }

  // CommonMark's "process emphasis" over the delimiters after `bottom`, which it then removes.
  void processEmphasis(int bottom) {
    std::array<int, 12> openersBottom;
    openersBottom.fill(bottom);
    int closer = bottom < 0 ? first() : delimiters_[static_cast<size_t>(bottom)].next;
    while (closer >= 0) {
      Delimiter& d = delimiters_[static_cast<size_t>(closer)];
      if (!d.canClose) {
        closer = d.next;
        continue;
      }
      const size_t kind = (d.ch == '*' ? 0 : 6) + (d.canOpen ? 3 : 0) + d.original % 3;
      int opener = d.prev;
      for (; opener > openersBottom[kind]; opener = delimiters_[static_cast<size_t>(opener)].prev) {
        const Delimiter& o = delimiters_[static_cast<size_t>(opener)];
        if (o.ch != d.ch || !o.canOpen) continue;
        // The rule of three: "*a**" does not close "**a*"'s single star.
        const bool ruleOfThree = (o.canClose || d.canOpen) && (o.original + d.original) % 3 == 0 &&
                                 !(o.original % 3 == 0 && d.original % 3 == 0);
        if (!ruleOfThree) break;
      }
      if (opener <= openersBottom[kind]) {
        openersBottom[kind] = d.prev;
        const int next = d.next;
        if (!d.canOpen) unlink(closer);
        closer = next;
        continue;
      }
      Delimiter& o = delimiters_[static_cast<size_t>(opener)];
      const size_t n = o.count >= 2 && d.count >= 2 ? 2 : 1;
      Piece& openPiece = pieces_[o.piece];
      Piece& closePiece = pieces_[d.piece];
      openPiece.after.insert(openPiece.after.begin(), n == 2 ? Mark::boldOn : Mark::italicOn);
      closePiece.before.push_back(n == 2 ? Mark::boldOff : Mark::italicOff);
      o.count -= n;
      d.count -= n;
      openPiece.text.resize(o.count);
      closePiece.text.resize(d.count);
      for (int k = o.next; k != closer;) {
        const int next = delimiters_[static_cast<size_t>(k)].next;
        unlink(k);
        k = next;
      }
      if (o.count == 0) unlink(opener);
      if (d.count == 0) {
        const int next = d.next;
        unlink(closer);
        closer = next;
      }
    }
    for (int k = bottom < 0 ? first() : delimiters_[static_cast<size_t>(bottom)].next; k >= 0;) {
      const int next = delimiters_[static_cast<size_t>(k)].next;
      unlink(k);
      k = next;
    }
  }

  int first() const {
    int k = last_;
    while (k >= 0 && delimiters_[static_cast<size_t>(k)].prev >= 0) k = delimiters_[static_cast<size_t>(k)].prev;
    return k;
  }

  void unlink(int k) {
    Delimiter& d = delimiters_[static_cast<size_t>(k)];
    if (d.prev >= 0) delimiters_[static_cast<size_t>(d.prev)].next = d.next;
    if (d.next >= 0) delimiters_[static_cast<size_t>(d.next)].prev = d.prev;
    if (last_ == k) last_ = d.prev;
    d.prev = d.next = -1;
  }

  void emit(Block& block) {
    int bold = 0, italic = 0;
    bool inLink = false;
    std::string target;
    auto apply = [&](Mark m, const Piece& p) {
      switch (m) {
        case Mark::boldOn:
          ++bold;
          break;
        case Mark::boldOff:
          --bold;
          break;
        case Mark::italicOn:
          ++italic;
          break;
        case Mark::italicOff:
          --italic;
          break;
        case Mark::linkOn:
          inLink = true;
          target = p.target;
          break;
        case Mark::linkOff:
          inLink = false;
          target.clear();
          break;
      }
    };
    for (const Piece& p : pieces_) {
      for (Mark m : p.before) apply(m, p);
      appendText(block, p.text, bold > 0, italic > 0, inLink ? &target : nullptr);
      for (Mark m : p.after) apply(m, p);
    }
  }

  // Where position `at` of the text is in the Markdown (its lines were joined without their
  // indent).
  size_t sourceOffset(size_t at) const {
    auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), std::make_pair(at, ~size_t{0}));
    if (it == lineStarts_.begin()) return kUnknownOffset;
    --it;
    return it->second + (at - it->first);
  }

  std::string_view s_;
  const LineStarts& lineStarts_;
  RichText& out_;
  std::string literal_;
  std::vector<Piece> pieces_;
  std::vector<Delimiter> delimiters_;
  std::vector<Bracket> brackets_;
  int last_ = -1;  // the last delimiter still in the list
  // Per closer looked for (a backtick run's length, "-->", a title's quote): from where on
  // there is none.
  mutable std::vector<std::pair<std::string, size_t>> noCloserFrom_;
  size_t& noCloserFrom(std::string closer) const {
    for (auto& [what, from] : noCloserFrom_)
      if (what == closer) return from;
    return noCloserFrom_.emplace_back(std::move(closer), std::string_view::npos).second;
  }
};

}  // namespace

void readInlines(std::string_view text, const LineStarts& lineStarts, Block& block, RichText& out) {
  InlineReader(text, lineStarts, out).read(block);
}

}  // namespace leren::core::md
