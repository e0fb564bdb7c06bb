// The block half of the page's Markdown reader (markdown.hpp): headings (ATX and setext),
// paragraphs, bullet and numbered lists with nesting and lazy continuation lines, thematic
// breaks; fenced code, quotes and tables are reported as unsupported. Indented code does not
// exist in the format (as md4c's MD_FLAG_NOINDENTEDCODEBLOCKS). Each paragraph's or heading's
// text goes to the inline reader (markdown_inlines.hpp).
#include <algorithm>
#include <string>
#include <utility>

#include "core/markdown.hpp"
#include "core/markdown_build.hpp"
#include "core/markdown_inlines.hpp"

namespace leren::core::md {
namespace {

struct Line {
  std::string_view text;
  size_t offset;  // of text[0] in the Markdown
  size_t indent;  // columns of white space before its first character
  std::string_view rest;
  size_t restOffset;
};

Line splitIndent(std::string_view text, size_t offset) {
  size_t column = 0, i = 0;
  for (; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i)
    column = text[i] == '\t' ? column / 4 * 4 + 4 : column + 1;
  return Line{text, offset, column, text.substr(i), offset + i};
}

bool isBlank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

std::string_view trimEnd(std::string_view s) {
  const size_t end = s.find_last_not_of(" \t\r");
  return end == std::string_view::npos ? std::string_view() : s.substr(0, end + 1);
}

// "***", "- - -", "___": three or more of one character and spaces.
bool isThematicBreak(std::string_view s) {
  if (s.empty() || (s[0] != '*' && s[0] != '-' && s[0] != '_')) return false;
  size_t marks = 0;
  for (char c : trimEnd(s)) {
    if (c == s[0]) {
      ++marks;
    } else if (c != ' ' && c != '\t') {
      return false;
    }
  }
  return marks >= 3;
}

// "===" or "---" under a paragraph: 1 or 2; otherwise 0.
int setextLevel(std::string_view s) {
  s = trimEnd(s);
  if (s.empty() || (s[0] != '=' && s[0] != '-')) return 0;
  if (s.find_first_not_of(s[0]) != std::string_view::npos) return 0;
  return s[0] == '=' ? 1 : 2;
}

// "## Kop ##" -> level 2, "Kop"; 0 when not a heading.
int atxHeading(std::string_view s, std::string_view& content) {
  size_t level = 0;
  while (level < s.size() && s[level] == '#') ++level;
  if (level == 0 || level > 6 || (level < s.size() && s[level] != ' ' && s[level] != '\t')) return 0;
  std::string_view c = trimEnd(s.substr(level));
  c.remove_prefix(std::min(c.size(), c.find_first_not_of(" \t")));
  const size_t hashes = c.find_last_not_of('#');
  if (hashes == std::string_view::npos) {
    c = {};
  } else if (hashes + 1 < c.size() && (c[hashes] == ' ' || c[hashes] == '\t')) {
    c = trimEnd(c.substr(0, hashes));
  }
  content = c;
  return static_cast<int>(level);
}

struct Marker {
  bool ordered = false;
  char delimiter = 0;  // '-', '+', '*', '.' or ')'
  int number = 0;
  size_t width = 0;    // of the marker and the spaces after it, in columns
  bool empty = false;  // nothing after the marker
};

bool listMarker(std::string_view s, Marker& m) {
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+' || s[0] == '*')) {
    m.delimiter = s[0];
    i = 1;
  } else {
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i)
      if (i < 9) m.number = m.number * 10 + (s[i] - '0');  // a longer number is no marker (below)
    if (i == 0 || i > 9 || i >= s.size() || (s[i] != '.' && s[i] != ')')) return false;
    m.ordered = true;
    m.delimiter = s[i++];
  }
  const std::string_view after = trimEnd(s.substr(i));
  if (!after.empty() && after[0] != ' ' && after[0] != '\t') return false;
  m.empty = isBlank(after);
  size_t spaces = 0;
  while (spaces < after.size() && after[spaces] == ' ') ++spaces;
  m.width = i + (m.empty || spaces > 4 ? 1 : spaces);
  return true;
}

bool isFence(std::string_view s) { return s.rfind("```", 0) == 0 || s.rfind("~~~", 0) == 0; }

// "| --- | :-: |": a table's delimiter row.
bool isTableDelimiterRow(std::string_view s) {
  s = trimEnd(s);
  return s.find('|') != std::string_view::npos && s.find('-') != std::string_view::npos &&
         s.find_first_not_of("|-: \t") == std::string_view::npos;
}

class BlockReader {
 public:
  explicit BlockReader(std::string_view markdown) : source_(markdown) {}

  RichText read() {
    size_t start = 0;
    while (start <= source_.size()) {
      size_t end = source_.find('\n', start);
      if (end == std::string_view::npos) end = source_.size();
      line(splitIndent(source_.substr(start, end - start), start));
      start = end + 1;
    }
    closeParagraph();
    std::vector<Block> blocks;
    for (Block& b : out_.blocks)
      if (!b.spans.empty()) blocks.push_back(std::move(b));
    out_.blocks = std::move(blocks);
    return std::move(out_);
  }

 private:
  struct Level {  // an open list and its current item
    bool ordered;
    char delimiter;
    int next;
    size_t contentColumn;
  };

  void line(const Line& l) {
    if (fence_) {
      if (isFence(l.rest) && l.rest[0] == fence_) {
        fence_ = 0;
        closeParagraph();
        plain_ = false;
      } else {
        addLine(l.text, l.offset);
      }
      return;
    }
    if (isBlank(l.rest)) {
      closeParagraph();
      afterBlank_ = true;
      return;
    }
    size_t matched = 0;
    while (matched < levels_.size() && l.indent >= levels_[matched].contentColumn) ++matched;
    const size_t base = matched > 0 ? levels_[matched - 1].contentColumn : 0;
    const bool mayStartBlock = l.indent - std::min(l.indent, base) <= 3;
    const bool continuing = paragraphOpen() && !afterBlank_;
    const std::string_view rest = l.rest;

    if (continuing && mayStartBlock && matched >= paragraphDepth_) {
      if (const int level = setextLevel(rest)) {
        headingLevel_ = level;
        closeParagraph();
        return;
      }
      if (paragraphLines_ == 1 && isTableDelimiterRow(rest) && paragraph_.find('|') != std::string::npos)
        noteUnsupported(out_, "table", l.restOffset);
    }
    if (continuing && !interrupts(rest, mayStartBlock, matched)) {
      addLine(rest, l.restOffset);
      return;
    }
    closeParagraph();
    afterBlank_ = false;
    startBlock(l, matched, mayStartBlock);
  }

  // Whether a line that could continue the open paragraph starts a block instead.
  bool interrupts(std::string_view rest, bool mayStartBlock, size_t matched) const {
    if (!mayStartBlock) return false;
    std::string_view heading;
    Marker marker;
    if (isThematicBreak(rest) || atxHeading(rest, heading) > 0 || isFence(rest) || rest[0] == '>') return true;
    if (!listMarker(rest, marker)) return false;
    // A list interrupts a paragraph of its own container only with an item that has text and,
    // numbered, starts at 1 (a paragraph in an item the line does not continue has ended).
    return matched < paragraphDepth_ || (!marker.empty && (!marker.ordered || marker.number == 1));
  }

  // A line at container depth `depth` that starts a block. A list item's content may start
  // another ("- - a"): a loop, not recursion, however many markers a line has.
  void startBlock(Line l, size_t depth, bool mayStartBlock) {
    while (mayStartBlock && !isThematicBreak(l.rest)) {
      Marker marker;
      if (!listMarker(l.rest, marker)) break;
      if (!openItem(depth, l, marker)) return;
      ++depth;
    }
    const std::string_view rest = l.rest;
    std::string_view heading;
    const bool isBreak = mayStartBlock && isThematicBreak(rest);
    if (depth < levels_.size()) itemBlock_ = -1;  // the item ended
    levels_.resize(depth);
    if (isBreak) return;
    if (const int level = mayStartBlock ? atxHeading(rest, heading) : 0) {
      startParagraph();
      headingLevel_ = level;
      addLine(heading, l.restOffset + static_cast<size_t>(heading.data() - rest.data()));
      closeParagraph();
      return;
    }
    if (mayStartBlock && isFence(rest)) {
      noteUnsupported(out_, "code", l.restOffset);
      fence_ = rest[0];
      startParagraph();
      plain_ = true;
      return;
    }
    std::string_view text = rest;
    size_t offset = l.restOffset;
    if (mayStartBlock && text[0] == '>') {
      noteUnsupported(out_, "quote", offset);
      const size_t skip = text.size() > 1 && text[1] == ' ' ? 2 : 1;
      text.remove_prefix(skip);
      offset += skip;
    }
    startParagraph();
    addLine(text, offset);
  }

  static bool sameList(const Level& level, const Marker& m) {
    return level.ordered == m.ordered && level.delimiter == m.delimiter;
  }

  // Opens an item at `depth`; false when it has no content, else `l` becomes its content.
  bool openItem(size_t depth, Line& l, const Marker& m) {
    const bool continues = depth < levels_.size() && sameList(levels_[depth], m);
    const int next = continues ? levels_[depth].next : m.number;
    levels_.resize(depth);
    levels_.push_back(Level{m.ordered, m.delimiter, m.ordered ? next + 1 : 0, l.indent + m.width});
    out_.blocks.push_back(Block{BlockKind::listItem, static_cast<int>(depth) + 1, m.ordered ? next : 0, {}});
    itemBlock_ = static_cast<int>(out_.blocks.size()) - 1;
    if (m.empty) return false;
    const size_t at = std::min(l.rest.size(), m.width);
    const Line content = splitIndent(l.rest.substr(at), l.restOffset + at);
    l = Line{content.text, content.offset, l.indent + m.width, content.rest, content.restOffset};
    return true;
  }

  bool paragraphOpen() const { return paragraphLines_ > 0; }

  void startParagraph() {
    paragraph_.clear();
    lineStarts_.clear();
    paragraphLines_ = 0;
    paragraphDepth_ = levels_.size();
  }

  void addLine(std::string_view text, size_t offset) {
    if (paragraphLines_ > 0) paragraph_ += '\n';
    const size_t skip = plain_ ? 0 : std::min(text.size(), text.find_first_not_of(" \t"));
    lineStarts_.emplace_back(paragraph_.size(), offset + skip);
    paragraph_.append(plain_ ? text : trimEnd(text.substr(skip)));
    ++paragraphLines_;
  }

  void closeParagraph() {
    if (!paragraphOpen()) return;
    Block* target = nullptr;
    if (headingLevel_ > 0) {
      out_.blocks.push_back(Block{BlockKind::heading, headingLevel_, 0, {}});
      target = &out_.blocks.back();
    } else if (itemBlock_ >= 0 && out_.blocks[static_cast<size_t>(itemBlock_)].spans.empty() &&
               paragraphDepth_ == levels_.size() && itemBlock_ == static_cast<int>(out_.blocks.size()) - 1) {
      target = &out_.blocks[static_cast<size_t>(itemBlock_)];  // a list item's first paragraph is the item
    } else {
      out_.blocks.push_back(Block{BlockKind::paragraph, 0, 0, {}});
      target = &out_.blocks.back();
    }
    if (plain_) {
      if (!paragraph_.empty()) target->spans.push_back(Span{SpanKind::plain, paragraph_, false, false, {}});
    } else {
      readInlines(paragraph_, lineStarts_, *target, out_);
    }
    itemBlock_ = -1;
    headingLevel_ = 0;
    plain_ = false;
    paragraphLines_ = 0;
  }

  std::string_view source_;
  RichText out_;
  std::vector<Level> levels_;
  int itemBlock_ = -1;  // the list item whose text the next paragraph is (-1: none)
  bool afterBlank_ = false;
  char fence_ = 0;  // inside fenced code: its character
  std::string paragraph_;
  LineStarts lineStarts_;  // of paragraph_'s lines
  size_t paragraphLines_ = 0, paragraphDepth_ = 0;
  int headingLevel_ = 0;
  bool plain_ = false;  // fenced code: no inline markup
};

}  // namespace

RichText parse(std::string_view markdown) { return BlockReader(markdown).read(); }

}  // namespace leren::core::md
