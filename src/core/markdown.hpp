#pragma once
// The Markdown subset of rich texts, read into a small model the UI can draw: blocks (heading /
// paragraph / list item) made of styled spans (plain, bold, italic, link, glossary reference).
// `[word](glossary:term-id)` becomes a glossary span.
//
// parse() is the page's own reader of that subset, following CommonMark where the subset
// reaches (markdown_blocks.cpp, markdown_inlines.cpp), rather than md4c: md4c and what only it
// uses were 44 KB of the wasm every learner loads. md4c stays the reference: coursetool and the
// page's checker read every text with both and warn where they differ (markdown_reference.hpp).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace leren::core::md {

enum class BlockKind { heading, paragraph, listItem };
enum class SpanKind { plain, link, glossary };

struct Span {
  SpanKind kind = SpanKind::plain;
  std::string text;
  bool bold = false, italic = false;
  std::string target;  // link: URL; glossary: term id
};

struct Block {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;         // heading: 1..6; list item: nesting depth 1..; paragraph: 0
  int orderedIndex = 0;  // list item in a numbered list: its number (1, 2, ...); otherwise 0
  std::vector<Span> spans;
};

inline constexpr size_t kUnknownOffset = static_cast<size_t>(-1);

// Markdown that the format does not allow (HTML, images, tables, code, quotes); once per kind.
struct Unsupported {
  std::string what;                // "html", "image", "table", "code", "quote"
  size_t offset = kUnknownOffset;  // byte offset in the Markdown of its first occurrence
};

// Every link target as written, glossary links included, where it is in the Markdown.
struct Link {
  std::string target;
  size_t offset = kUnknownOffset;
};

struct RichText {
  std::vector<Block> blocks;
  std::vector<Unsupported> unsupported;
  std::vector<Link> links;
};

// Never fails: what is not markup is text. Linear in the text's length.
RichText parse(std::string_view markdown);

// Every glossary term id the text links to, in order (duplicates kept).
std::vector<std::string> glossaryLinks(const RichText& text);
// The visible text without markup (spans joined, blocks separated by newlines).
std::string plainText(const RichText& text);
// Number of words (runs of letters/digits) in plain text.
int countWords(std::string_view plain);

}  // namespace leren::core::md
