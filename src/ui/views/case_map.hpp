#pragma once
// The case map: the whole case graph drawn as nodes (in layers from the start) and arrows,
// with the learner's path highlighted beside the expert route (core/case_graph: the route to
// the best ending with the most points). Drag to pan, buttons or wheel to zoom.
#include <string>

#include "core/case_engine.hpp"
#include "core/case_graph.hpp"
#include "ui/context.hpp"

namespace leren::ui {

// `allLabels` (trainer view) writes every node's title next to it.
void drawCaseMap(Ui& ui, const std::string& id, const core::CaseRun& run, const core::CaseGraph& graph, bool allLabels);

}  // namespace leren::ui
