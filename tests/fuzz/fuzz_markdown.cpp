// libFuzzer target: the page's Markdown reader (core/markdown.hpp) reads whatever a trainer
// writes into a text of an edited file: it must never crash, hang or hit UB, and what it
// returns must be drawable (no empty block or span, levels in range, offsets inside the text).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/markdown.hpp"

using namespace leren::core;

namespace {
void require(bool ok) {
  if (!ok) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  const md::RichText text = md::parse(source);
  for (const md::Block& b : text.blocks) {
    require(!b.spans.empty());
    if (b.kind == md::BlockKind::heading) require(b.level >= 1 && b.level <= 6);
    if (b.kind == md::BlockKind::listItem) require(b.level >= 1);
    if (b.kind == md::BlockKind::paragraph) require(b.level == 0 && b.orderedIndex == 0);
    for (const md::Span& s : b.spans) {
      require(!s.text.empty());
      require(s.kind != md::SpanKind::plain || s.target.empty());
    }
  }
  for (const md::Link& l : text.links) require(l.offset == md::kUnknownOffset || l.offset < size);
  for (const md::Unsupported& u : text.unsupported) require(u.offset == md::kUnknownOffset || u.offset < size);
  (void)md::countWords(md::plainText(text));
  (void)md::glossaryLinks(text);
  return 0;
}
