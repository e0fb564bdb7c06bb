#pragma once
// How both Markdown readers build the model (markdown.hpp): the page's own (markdown_blocks,
// markdown_inlines) and md4c's (markdown_reference). One piece of code for both, so comparing
// the two compares how they read a text, never how they wrote it down.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/markdown.hpp"

namespace leren::core::md {

// Appends `text` to the block: to its last span when style and link are the same, else as a new
// span. `href`: the link it is in, as written (nullptr: none); "glossary:id" is a glossary span.
void appendText(Block& block, std::string_view text, bool bold, bool italic, const std::string* href);

// Records one kind of unsupported markup once, keeping its first known offset.
void noteUnsupported(RichText& out, const char* what, size_t offset);

// The named entities the format decodes ("&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;",
// "&euro;"); any other stays as written.
struct Entity {
  std::string_view name, value;
};
// The one `text` starts with, or nullptr.
const Entity* entityAt(std::string_view text);

}  // namespace leren::core::md
