#pragma once
// A loop the player cannot leave makes the case analysis report every node that leads into it
// ("no ending reachable from n10", "... from n11", ...). This folds those into one finding per
// loop, written as the loop itself ("n13 → n14 → n13") and naming the nodes that lead into it,
// so the trainer sees the cause once. Works on the analysis' output; the analysis is unchanged.
#include <vector>

#include "core/content_model.hpp"
#include "core/diagnostics.hpp"

namespace leren::core {

void reportClosedLoopsOnce(const Case& c, std::vector<Diagnostic>& found);

// "a → b → a": ids joined by arrows (the loop's first id repeated at the end).
std::string loopText(const std::vector<std::string>& ids);

}  // namespace leren::core
