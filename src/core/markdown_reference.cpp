#include "core/markdown_reference.hpp"

#include <md4c.h>

#include <algorithm>

#include "core/markdown_build.hpp"

namespace leren::core::md {
namespace {

struct Builder {
  RichText out;
  std::string_view source;  // the Markdown, to turn md4c's pointers into offsets
  int bold = 0, italic = 0;
  bool inLink = false;
  std::string href;  // of the link the text is in
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
  void unsupported(const char* what, size_t offset = kUnknownOffset) { noteUnsupported(out, what, offset); }
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
    if (!text.empty()) appendText(block(), text, bold > 0, italic > 0, inLink ? &href : nullptr);
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
      b.href = attributeText(attribute);
      b.out.links.push_back(Link{b.href, attribute.size > 0 ? b.offsetOf(attribute.text) : kUnknownOffset});
      b.inLink = true;
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
      b.href.clear();
      break;
    default:
      break;
  }
  return 0;
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
    case MD_TEXT_ENTITY: {  // the format's named entities; any other as written
      const Entity* e = entityAt(t);
      b.addText(e && e->name.size() == t.size() ? e->value : t);
      break;
    }
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

RichText parseReference(std::string_view markdown) {
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

bool readsAlike(const RichText& a, const RichText& b) {
  const auto sameSpans = [](const std::vector<Span>& x, const std::vector<Span>& y) {
    return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const Span& s, const Span& t) {
      return s.kind == t.kind && s.text == t.text && s.bold == t.bold && s.italic == t.italic && s.target == t.target;
    });
  };
  const auto sameBlocks = std::equal(a.blocks.begin(), a.blocks.end(), b.blocks.begin(), b.blocks.end(),
                                     [&](const Block& x, const Block& y) {
                                       return x.kind == y.kind && x.level == y.level &&
                                              x.orderedIndex == y.orderedIndex && sameSpans(x.spans, y.spans);
                                     });
  const auto kinds = [](const RichText& t) {
    std::vector<std::string> k;
    for (const Unsupported& u : t.unsupported) k.push_back(u.what);
    std::sort(k.begin(), k.end());
    return k;
  };
  const auto targets = [](const RichText& t) {
    std::vector<std::string> k;
    for (const Link& l : t.links) k.push_back(l.target);
    return k;
  };
  // Markup the format leaves out is reported either way; how it is drawn does not matter then.
  if (!a.unsupported.empty() || !b.unsupported.empty()) return kinds(a) == kinds(b);
  return sameBlocks && targets(a) == targets(b);
}

bool readsLikeCommonMark(std::string_view markdown, const RichText& ours) {
  return readsAlike(ours, parseReference(markdown));
}

}  // namespace leren::core::md
