#pragma once
// The drift guard's eyes: ImGui (built with IMGUI_ENABLE_TEST_ENGINE natively) reports every
// item it adds; these hooks keep the ids and labels of one frame, so a test can check that
// every interactive item the UI drew has its element in the semantic description.
#include <imgui.h>

#include <map>
#include <string>

namespace leren::ui::test {

struct DrawnItem {
  ImGuiID id = 0;
  std::string label;   // from ImGui's ItemInfo (e.g. "Volgende###page.next"), may be empty
  std::string window;  // the window it was drawn in
};

// Items added since the last clear, by id.
const std::map<ImGuiID, DrawnItem>& drawnItems();
void clearDrawnItems();

}  // namespace leren::ui::test
