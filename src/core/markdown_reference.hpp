#pragma once
// md4c, the reference for the page's own Markdown reader (markdown.hpp). The page reads the
// format's small subset itself (md4c and what only it uses are 44 KB of the wasm every learner
// loads); coursetool and the page's checker read each text with md4c too and report a text the
// two read differently (markdown.reads-differently), so what the page draws of a text the
// build or the checker passed is what CommonMark says.
#include <string_view>

#include "core/markdown.hpp"

namespace leren::core::md {

// The text as md4c reads it, into the same model (also its unsupported markup and links).
RichText parseReference(std::string_view markdown);

// The same blocks, spans and link targets; when either reports markup the format leaves out,
// the same kinds of it (how such a text is drawn does not matter: it gets a warning anyway).
bool readsAlike(const RichText& a, const RichText& b);

// readsAlike(ours, parseReference(markdown)).
bool readsLikeCommonMark(std::string_view markdown, const RichText& ours);

}  // namespace leren::core::md
