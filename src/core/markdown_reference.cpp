#include "core/markdown.hpp"

#include <md4c.h>

namespace leren::core::md {
namespace {

constexpr std::string_view kGlossaryScheme = "glossary:";

struct Builder {
  RichText out;
  std::string_view source;  // the Markdown, to turn md4c's pointers into offsets
  int bold = 0, italic = 0;
  bool inLink = false;
  SpanKind linkKind = SpanKind::plain;
  std::string linkTarget;
  struct List {
    bool ordered;
    int next;  // number of the next item
  };
  std::vector<List> lists;
  bool inListItem = false;  // the current list item has no text yet
  // Index of the block receiving text (-1: none); an index because out.blocks grows.
  int current = -1;
  Block* currentBlock() { return current < 0 ? nullptr : &out.blocks[static_cast<size_t>(current)]; }

  // Offset of a pointer md4c hands us, when it points into the source (not into its buffers).
  size_t offsetOf(const char* p) const {
    if (p < source.data() || p > source.data() + source.size()) return kUnknownOffset;
    return static_cast<size_t>(p - source.data());
  }
  void unsupported(const char* what, size_t offset = kUnknownOffset) {
    for (Unsupported& u : out.unsupported) {
      if (u.what != what) continue;
      if (u.offset == kUnknownOffset) u.offset = offset;
      return;
    }
    out.unsupported.push_back({what, offset});
  }
  Block& block() {
    if (current < 0) {
      out.blocks.push_back(Block{});
      current = static_cast<int>(out.blocks.size()) - 1;
    }
    return out.blocks[static_cast<size_t>(current)];
  }
  void startBlock(BlockKind kind, int level, int orderedIndex) {
    out.blocks.push_back(Block{kind, level, orderedIndex, {}});
    current = static_cast<int>(out.blocks.size()) - 1;
  }
  void addText(std::string_view text) {
    if (text.empty()) return;
    Block& b = block();
    SpanKind kind = inLink ? linkKind : SpanKind::plain;
    if (!b.spans.empty()) {
      Span& last = b.spans.back();
      if (last.kind == kind && last.bold == (bold > 0) && last.italic == (italic > 0) &&
          last.target == (inLink ? linkTarget : std::string())) {
        last.text += text;
        return;
      }
    }
    b.spans.push_back(Span{kind, std::string(text), bold > 0, italic > 0, inLink ? linkTarget : std::string()});
  }
};

std::string attributeText(const MD_ATTRIBUTE& a) { return std::string(a.text, a.size); }

int enterBlock(MD_BLOCKTYPE type, void* detail, void* user) {
  auto& b = *static_cast<Builder*>(user);
  switch (type) {
    case MD_BLOCK_UL:
      b.lists.push_back({false, 0});
      break;
    case MD_BLOCK_OL:
      b.lists.push_back({true, static_cast<int>(static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start)});
      break;
    case MD_BLOCK_LI: {
      int number = 0;
      if (!b.lists.empty() && b.lists.back().ordered) number = b.lists.back().next++;
      b.startBlock(BlockKind::listItem, static_cast<int>(b.lists.size()), number);
      b.inListItem = true;
      break;
    }
    case MD_BLOCK_H:
      b.startBlock(BlockKind::heading, static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level), 0);
      break;
    case MD_BLOCK_P:
      // A loose list wraps its item text in a paragraph: keep it in the item.
      if (!(b.inListItem && b.currentBlock() && b.currentBlock()->spans.empty()))
        b.startBlock(BlockKind::paragraph, 0, 0);
      break;
    case MD_BLOCK_CODE:
      b.unsupported("code");
      b.startBlock(BlockKind::paragraph, 0, 0);
      break;
    case MD_BLOCK_HTML:
      b.unsupported("html");
      b.startBlock(BlockKind::paragraph, 0, 0);
      break;
    case MD_BLOCK_TABLE:
      b.unsupported("table");
      break;
    case MD_BLOCK_QUOTE:
      b.unsupported("quote");
      break;
    case MD_BLOCK_TR:
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      b.startBlock(BlockKind::paragraph, 0, 0);
      break;
    default:
      break;
  }
  return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void*, void* user) {
  auto& b = *static_cast<Builder*>(user);
  switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      if (!b.lists.empty()) b.lists.pop_back();
      b.current = -1;
      break;
    case MD_BLOCK_LI:
      b.inListItem = false;
      b.current = -1;
      break;
    case MD_BLOCK_H:
    case MD_BLOCK_P:
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
      b.current = -1;
      break;
    default:
      break;
  }
  return 0;
}

int enterSpan(MD_SPANTYPE type, void* detail, void* user) {
  auto& b = *static_cast<Builder*>(user);
  switch (type) {
    case MD_SPAN_STRONG:
      ++b.bold;
      break;
    case MD_SPAN_EM:
      ++b.italic;
      break;
    case MD_SPAN_A: {
      const MD_ATTRIBUTE& attribute = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
      std::string href = attributeText(attribute);
      b.out.links.push_back(Link{href, attribute.size > 0 ? b.offsetOf(attribute.text) : kUnknownOffset});
      b.inLink = true;
      if (href.compare(0, kGlossaryScheme.size(), kGlossaryScheme) == 0) {
        b.linkKind = SpanKind::glossary;
        b.linkTarget = href.substr(kGlossaryScheme.size());
      } else {
        b.linkKind = SpanKind::link;
        b.linkTarget = href;
      }
      break;
    }
    case MD_SPAN_IMG:
      b.unsupported("image");
      break;
    case MD_SPAN_CODE:
      b.unsupported("code");
      break;
    default:
      break;
  }
  return 0;
}

int leaveSpan(MD_SPANTYPE type, void*, void* user) {
  auto& b = *static_cast<Builder*>(user);
  switch (type) {
    case MD_SPAN_STRONG:
      --b.bold;
      break;
    case MD_SPAN_EM:
      --b.italic;
      break;
    case MD_SPAN_A:
      b.inLink = false;
      b.linkTarget.clear();
      break;
    default:
      break;
  }
  return 0;
}

std::string_view decodeEntity(std::string_view e) {
  if (e == "&amp;") return "&";
  if (e == "&lt;") return "<";
  if (e == "&gt;") return ">";
  if (e == "&quot;") return "\"";
  if (e == "&nbsp;") return "\xC2\xA0";
  if (e == "&euro;") return "\xE2\x82\xAC";
  return e;
}

int onText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
  auto& b = *static_cast<Builder*>(user);
  std::string_view t(text, size);
  switch (type) {
    case MD_TEXT_SOFTBR:
    case MD_TEXT_BR:
      b.addText(" ");
      break;
    case MD_TEXT_NULLCHAR:
      break;
    case MD_TEXT_ENTITY:
      b.addText(decodeEntity(t));
      break;
    case MD_TEXT_HTML:
      b.unsupported("html", b.offsetOf(text));
      b.addText(t);
      break;
    default:
      b.addText(t);
      break;
  }
  return 0;
}

}  // namespace

RichText parse(std::string_view markdown) {
  Builder builder;
  builder.source = markdown;
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_NOINDENTEDCODEBLOCKS;
  parser.enter_block = enterBlock;
  parser.leave_block = leaveBlock;
  parser.enter_span = enterSpan;
  parser.leave_span = leaveSpan;
  parser.text = onText;
  md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &builder);
  // Drop blocks that ended up without text (e.g. an empty list item).
  std::vector<Block> blocks;
  for (Block& b : builder.out.blocks)
    if (!b.spans.empty()) blocks.push_back(std::move(b));
  builder.out.blocks = std::move(blocks);
  return std::move(builder.out);
}

std::vector<std::string> glossaryLinks(const RichText& text) {
  std::vector<std::string> ids;
  for (const Block& b : text.blocks) {
    for (size_t i = 0; i < b.spans.size(); ++i) {
      const Span& s = b.spans[i];
      if (s.kind != SpanKind::glossary) continue;
      // One link with mixed styling ("[**a** b](glossary:x)") is several spans: count it once.
      const bool continuation = i > 0 && b.spans[i - 1].kind == SpanKind::glossary && b.spans[i - 1].target == s.target;
      if (!continuation) ids.push_back(s.target);
    }
  }
  return ids;
}

std::string plainText(const RichText& text) {
  std::string out;
  for (const Block& b : text.blocks) {
    if (!out.empty()) out += '\n';
    for (const Span& s : b.spans) out += s.text;
  }
  return out;
}

int countWords(std::string_view plain) {
  int words = 0;
  bool inWord = false;
  size_t i = 0;
  while (i < plain.size()) {
    auto c = static_cast<unsigned char>(plain[i]);
    // Decode one UTF-8 code point (malformed bytes count as one character each).
    uint32_t cp = c;
    size_t len = 1;
    if (c >= 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else if (c >= 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xC0) {
      len = 2;
      cp = c & 0x1F;
    }
    if (i + len > plain.size()) len = 1;
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(plain[i + k]) & 0x3F);
    i += len;
    // Words: ASCII letters/digits and accented letters (é, ë, ...); dashes, quotes and € are not.
    bool wordChar = (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                    (cp >= 0xC0 && cp < 0x2000 && cp != 0xD7 && cp != 0xF7);
    if (wordChar && !inWord) ++words;
    inWord = wordChar;
  }
  return words;
}

}  // namespace leren::core::md
