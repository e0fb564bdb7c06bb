#include "ui/drag_drop.hpp"

#include <imgui_internal.h>

#include "ui/screen.hpp"

namespace leren::ui {

void dragGrip(Ui& ui, const std::string& id, const char* type, int index, const std::string& preview, float height) {
  const float width = ui.px(32);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(("##grip." + id).c_str(), ImVec2(width, height));
  ui.sem.cover(ImGui::GetItemID());
  claimDragAfterHold(ui);  // its drag moves the row, not the page (a finger holds first)
  const bool pressed = ImGui::IsItemActive(), ready = pressed && heldLongEnough();
  // A finger on the grip: frames until the hold is reached, so the grip can show it is ready.
  if (pressed && !ready) ui.wantRedraw = true;
  const bool hot = (ImGui::IsItemHovered() && !pressed) || ready;
  if (hot) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
  // Six dots in two columns: the usual sign for "this can be moved".
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 colour = hot ? ui.pal().accent : ui.pal().textMuted;
  const float r = ui.px(2.2f), step = ui.px(7), cx = a.x + width / 2, cy = a.y + height / 2;
  for (int col = 0; col < 2; ++col)
    for (int row = -1; row <= 1; ++row)
      dl->AddCircleFilled(ImVec2(cx + (col ? step : -step) / 2, cy + static_cast<float>(row) * step), r, colour);
  if (ready && ImGui::BeginDragDropSource(ImGuiDragDropFlags_SourceNoPreviewTooltip)) {
    ImGui::SetDragDropPayload(type, &index, sizeof index);
    ImGui::EndDragDropSource();
  }
  // What is carried follows the pointer, drawn over everything (a tooltip window would be
  // one more item for the semantic tree to explain).
  const ImGuiPayload* carried = ImGui::GetDragDropPayload();
  if (carried && carried->IsDataType(type) && *static_cast<const int*>(carried->Data) == index &&
      ImGui::IsItemActive()) {
    ImDrawList* fg = ImGui::GetForegroundDrawList();
    ImFont* font = ui.fonts.body;
    const float wrap = ui.px(260);
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, preview.c_str());
    const ImVec2 pos = ImVec2(ImGui::GetIO().MousePos.x + ui.px(12), ImGui::GetIO().MousePos.y - size.y - ui.px(16));
    const float pad = ui.px(8);
    fg->AddRectFilled(ImVec2(pos.x - pad, pos.y - pad), ImVec2(pos.x + size.x + pad, pos.y + size.y + pad),
                      ui.pal().surface, ui.px(6));
    fg->AddRect(ImVec2(pos.x - pad, pos.y - pad), ImVec2(pos.x + size.x + pad, pos.y + size.y + pad), ui.pal().accent,
                ui.px(6), 0, 2.0f);
    fg->AddText(font, font->FontSize, pos, ui.pal().text, preview.c_str(), nullptr, wrap);
  }
}

std::optional<int> dropRegion(Ui& ui, const std::string& id, const char* type, ImVec2 min, ImVec2 max) {
  if (!dragging(type)) return std::nullopt;
  const ImRect box(min, max);
  std::optional<int> dropped;
  if (ImGui::BeginDragDropTargetCustom(box, ImGui::GetID(("##drop." + id).c_str()))) {
    if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(type, ImGuiDragDropFlags_AcceptNoDrawDefaultRect)) {
      dropped = *static_cast<const int*>(p->Data);
      ui.wantRedraw = true;
    }
    // Where it would land: the accent outline (ImGui's default is a thin yellow one).
    ImGui::GetWindowDrawList()->AddRect(min, max, ui.pal().accent, ui.px(6), 0, 3.0f);
    ImGui::EndDragDropTarget();
  }
  return dropped;
}

bool dragging(const char* type) {
  const ImGuiPayload* p = ImGui::GetDragDropPayload();
  return p && p->IsDataType(type);
}

}  // namespace leren::ui
