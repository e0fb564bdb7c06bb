#include "item_hooks.hpp"

#include <imgui_internal.h>

#include <cstdarg>

namespace leren::ui::test {
namespace {
std::map<ImGuiID, DrawnItem> g_items;
}

const std::map<ImGuiID, DrawnItem>& drawnItems() { return g_items; }
void clearDrawnItems() { g_items.clear(); }

}  // namespace leren::ui::test

using leren::ui::test::DrawnItem;

// ImGui calls these for every item (declared in imgui_internal.h under IMGUI_ENABLE_TEST_ENGINE).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect&, const ImGuiLastItemData* data) {
  if (data == nullptr) return;  // a whole window registered as an item: a container, not a control
  // ImGui's implicit "Debug" window (the frame's fallback, never shown) has a title bar.
  if (ctx->CurrentWindow && ctx->CurrentWindow->IsFallbackWindow) return;
  DrawnItem& item = leren::ui::test::g_items[id];
  item.id = id;
  item.window = ctx->CurrentWindow ? ctx->CurrentWindow->Name : "";
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
  auto it = leren::ui::test::g_items.find(id);
  if (it != leren::ui::test::g_items.end() && label) it->second.label = label;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
  auto it = leren::ui::test::g_items.find(id);
  return it == leren::ui::test::g_items.end() ? nullptr : it->second.label.c_str();
}
