#pragma once
// The case map: the whole case graph drawn as nodes (in layers from the start) and arrows,
// with the learner's path highlighted beside the expert path (the route to a good ending
// with the highest score). Drag to pan, buttons or wheel to zoom.
#include <string>

#include "core/case_engine.hpp"
#include "ui/context.hpp"

namespace leren::ui {

// `allLabels` (trainer view) writes every node's title next to it.
void drawCaseMap(Ui& ui, const std::string& id, const core::CaseRun& run, bool allLabels);

}  // namespace leren::ui
