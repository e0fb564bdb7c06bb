#pragma once
// Draws Markdown rich text (core/markdown.hpp) with word wrapping, bold/italic, headings,
// lists, links (open in a new tab) and glossary terms (dotted underline; selecting one
// shows its definition). Every block and every link is reported to the semantic tree.
#include <set>
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

// A page's sections (its top-level headings), which the learner can fold (the ARIA accordion
// pattern: a button in the heading, expanded or not). While one is folded, nothing after its
// heading is drawn up to the next section, also the page's blocks between texts: the page
// asks `folding` before drawing each.
struct Sections {
  int level = -1;                           // the Markdown level of a section heading (-1: none)
  std::set<std::string>* folded = nullptr;  // keys (`keyPrefix` + heading id) of folded sections
  std::string keyPrefix;
  bool folding = false;  // inside a folded section now
};

// `markdown` parsed, once per text (cached in ui.view.markdown).
const core::md::RichText& parsedMarkdown(Ui& ui, const std::string& markdown);
// Parses (once per text: ui.view.markdown) and draws `markdown`. Block k of it is the
// element "<id>.b<k>" (a heading, paragraph or list item). `id` prefixes the element ids.
void richText(Ui& ui, const std::string& id, const std::string& markdown, RichTextEvents& events,
              Sections* sections = nullptr);
void richText(Ui& ui, const std::string& id, const core::md::RichText& text, RichTextEvents& events,
              Sections* sections = nullptr);

}  // namespace leren::ui
