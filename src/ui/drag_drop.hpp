#pragma once
// Drag and drop for a pointer (a mouse or a finger), beside controls that do the same for the
// keyboard and screen readers (an ordering's up/down buttons, a term's letters).
#include <imgui.h>

#include <optional>
#include <string>

#include "ui/context.hpp"

namespace leren::ui {

// A grip, `height` px tall, that carries `index` under `type`. Its accessible twin is those
// other controls, so it adds no element of its own. A drag starts on the grip only: a swipe
// anywhere else still scrolls the page.
void dragGrip(Ui& ui, const std::string& id, const char* type, int index, const std::string& preview, float height);
// The rectangle [min, max] (screen coordinates) takes a drop of `type`: the index dropped.
std::optional<int> dropRegion(Ui& ui, const std::string& id, const char* type, ImVec2 min, ImVec2 max);
// True while something of `type` is being dragged (to show where it can go).
bool dragging(const char* type);

}  // namespace leren::ui
