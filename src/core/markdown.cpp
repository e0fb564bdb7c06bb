#include "core/markdown.hpp"

#include <array>
#include <cstdint>

#include "core/markdown_build.hpp"

namespace leren::core::md {

namespace {
constexpr std::string_view kGlossaryScheme = "glossary:";
}  // namespace

void appendText(Block& block, std::string_view text, bool bold, bool italic, const std::string* href) {
  if (text.empty()) return;
  const bool glossary = href && href->compare(0, kGlossaryScheme.size(), kGlossaryScheme) == 0;
  const SpanKind kind = !href ? SpanKind::plain : glossary ? SpanKind::glossary : SpanKind::link;
  const std::string_view target =
      !href ? std::string_view() : std::string_view(*href).substr(glossary ? kGlossaryScheme.size() : 0);
  if (!block.spans.empty()) {
    Span& last = block.spans.back();
    if (last.kind == kind && last.bold == bold && last.italic == italic && last.target == target) {
      last.text += text;
      return;
    }
  }
  block.spans.push_back(Span{kind, std::string(text), bold, italic, std::string(target)});
}

void noteUnsupported(RichText& out, const char* what, size_t offset) {
  for (Unsupported& u : out.unsupported) {
    if (u.what != what) continue;
    if (u.offset == kUnknownOffset) u.offset = offset;
    return;
  }
  out.unsupported.push_back({what, offset});
}

const Entity* entityAt(std::string_view text) {
  static constexpr std::array<Entity, 6> kEntities{{
      {"&amp;", "&"},
      {"&lt;", "<"},
      {"&gt;", ">"},
      {"&quot;", "\""},
      {"&nbsp;", "\xC2\xA0"},
      {"&euro;", "\xE2\x82\xAC"},
  }};
  for (const Entity& e : kEntities)
    if (text.substr(0, e.name.size()) == e.name) return &e;
  return nullptr;
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
