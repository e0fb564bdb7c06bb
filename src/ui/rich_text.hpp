#pragma once
// Draws Markdown rich text (core/markdown.hpp) with word wrapping, bold/italic, headings,
// lists, links (open in a new tab) and glossary terms (dotted underline; selecting one
// shows its definition). Every block and every link is reported to the semantic tree.
#include <string>

#include "core/content_model.hpp"
#include "core/markdown.hpp"
#include "ui/context.hpp"

namespace leren::ui {

struct RichTextEvents {
  std::string openUrl;       // a link was activated
  std::string glossaryTerm;  // a glossary term was activated
  std::string hoveredTerm;   // the pointer rests on a glossary term (show its definition)
};

// `markdown` parsed, once per text (cached in ui.view.markdown).
const core::md::RichText& parsedMarkdown(Ui& ui, const std::string& markdown);
// Parses (once per text: ui.view.markdown) and draws `markdown`. Block k of it is the
// element "<id>.b<k>" (a heading, paragraph or list item). `id` prefixes the element ids.
void richText(Ui& ui, const std::string& id, const std::string& markdown, RichTextEvents& events);
void richText(Ui& ui, const std::string& id, const core::md::RichText& text, RichTextEvents& events);

}  // namespace leren::ui
