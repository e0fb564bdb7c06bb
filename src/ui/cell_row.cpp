#include "ui/cell_row.hpp"

#include <utility>

namespace leren::ui {

CellRow::CellRow(float left, std::vector<float> widths, float gap, float padY)
    : widths_(std::move(widths)), left_(left), gap_(gap), padY_(padY) {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  rowLeft_ = w->DC.CursorPos.x;
  top_ = w->DC.CursorPos.y;
  bottom_ = top_ + 2 * padY_;
  savedIndent_ = w->DC.Indent.x;
  savedWorkMax_ = w->WorkRect.Max.x;
  savedContentMax_ = w->ContentRegionRect.Max.x;
  savedMaxPos_ = w->DC.CursorMaxPos;
}

void CellRow::cell(size_t i) {
  finishCell();
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  float x = left_;
  for (size_t j = 0; j < i && j < widths_.size(); ++j) x += widths_[j] + gap_;
  const float right = x + (i < widths_.size() ? widths_[i] : 0.0f);
  // A new line starts at the window's position plus the indent (ImGui::NewLine, ItemSize).
  w->DC.Indent.x = x - w->Pos.x - w->DC.ColumnsOffset.x;
  w->DC.CursorPos = w->DC.CursorPosPrevLine = ImVec2(x, top_ + padY_);
  w->DC.CurrLineSize = w->DC.PrevLineSize = ImVec2(0, 0);
  w->DC.CurrLineTextBaseOffset = w->DC.PrevLineTextBaseOffset = 0;
  w->DC.IsSameLine = false;
  // From here CursorMaxPos tracks this cell alone: its bottom is the cell's height.
  w->DC.CursorMaxPos = w->DC.CursorPos;
  w->WorkRect.Max.x = w->ContentRegionRect.Max.x = right;
  const ImRect& clip = w->ClipRect;
  ImGui::PushClipRect(ImVec2(x, clip.Min.y), ImVec2(right, clip.Max.y), true);
  inCell_ = true;
}

void CellRow::finishCell() {
  if (!inCell_) return;
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  ImGui::PopClipRect();
  bottom_ = ImMax(bottom_, w->DC.CursorMaxPos.y + padY_);
  inCell_ = false;
}

ImRect CellRow::end(bool spaced) {
  finishCell();  // the last cell's height counts
  float right = left_;
  for (size_t j = 0; j < widths_.size(); ++j) right += widths_[j] + (j + 1 < widths_.size() ? gap_ : 0.0f);
  const ImRect row(ImVec2(rowLeft_, top_), ImVec2(right, bottom_));
  if (ended_) return row;
  ended_ = true;
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  w->DC.Indent.x = savedIndent_;
  w->WorkRect.Max.x = savedWorkMax_;
  w->ContentRegionRect.Max.x = savedContentMax_;
  w->DC.CursorMaxPos = savedMaxPos_;
  // The whole row as one item: the window's layout (content size, the next line) sees it.
  ImGui::SetCursorScreenPos(row.Min);
  if (!spaced) ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
  ImGui::Dummy(row.GetSize());
  if (!spaced) ImGui::PopStyleVar();
  return row;
}

}  // namespace leren::ui
