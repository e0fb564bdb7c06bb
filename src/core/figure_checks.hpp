#pragma once
// What the schema cannot see in the two figures that are graphs:
//  - decision aids (`decision`): every question and outcome can be reached from `start`, and
//    no answer leads back to an earlier question (a learner could go round forever);
//  - process flows (`processFlow`): every step can be reached from `start`, and no loop is
//    closed (a loop is fine in a process, as long as some step leads out of it to an end).
// Runs on a module that loaded without errors, so indices match the file (pointers are exact).
#include <vector>

#include "core/content_model.hpp"
#include "core/diagnostics.hpp"

namespace leren::core {

void checkFigures(const Module& m, std::vector<Diagnostic>& found);

}  // namespace leren::core
