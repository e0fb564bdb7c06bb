#pragma once
// The inline half of the page's Markdown reader (markdown.hpp): one paragraph's or heading's
// text, its lines joined with '\n', into styled spans. Emphasis follows CommonMark's
// delimiter rules (flanking, the rule of three); links are inline ones, [text](target "title"),
// and <scheme:...> autolinks. Code spans, images and raw HTML are reported as unsupported.
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "core/markdown.hpp"

namespace leren::core::md {

// Where each line of `text` starts, in it and in the Markdown: (position, offset), in order.
using LineStarts = std::vector<std::pair<size_t, size_t>>;

// Reads `text` into `block`'s spans; links and unsupported markup go to `out`, located in the
// Markdown through `lineStarts`.
void readInlines(std::string_view text, const LineStarts& lineStarts, Block& block, RichText& out);

}  // namespace leren::core::md
