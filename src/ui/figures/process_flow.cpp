// Process flow: the steps of a procedure (e.g. the Wmo route) with their time limits.
// The learner steps through it; the current step is highlighted and explained, and at a
// branch they pick which way to go.
#include <imgui.h>

#include <algorithm>
#include <vector>

#include "ui/figures/figures.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

void drawProcessFlow(Ui& ui, const core::ProcessFlow& fig) {
  const Palette& p = ui.pal();
  FigureScope figure(ui, fig.id, fig.caption);
  const size_t n = fig.steps.size();
  if (fig.startStep >= n) return;
  std::vector<size_t>& path = ui.view.flowPaths[fig.id];  // steps taken (indices)
  if (path.empty() || path.back() >= n) path = {fig.startStep};
  const core::ProcessStep* current = &fig.steps[path.back()];

  // Every step, in order from the start (breadth first), as a chain of boxes: the current
  // step highlighted, steps already taken marked, time limits always visible.
  std::vector<size_t> order{fig.startStep};
  std::vector<size_t> parent(n, core::noIndex);  // for "jump to a step"
  for (size_t q = 0; q < order.size(); ++q)
    for (const auto& link : fig.steps[order[q]].next)
      if (link.step < n && std::find(order.begin(), order.end(), link.step) == order.end()) {
        order.push_back(link.step);
        parent[link.step] = order[q];
      }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float W = ImGui::GetContentRegionAvail().x;
  for (size_t i = 0; i < order.size(); ++i) {
    const core::ProcessStep* s = &fig.steps[order[i]];
    const bool isCurrent = s == current;
    const bool taken = std::find(path.begin(), path.end(), order[i]) != path.end();
    std::string label = std::to_string(i + 1) + ". " + ui.text(s->label);
    if (!s->timeLimit.empty()) label += "  \xC2\xB7  " + ui.text(s->timeLimit);
    if (s->next.size() > 1)
      label +=
          "  \xC2\xB7  " + ui.i18n.format("figure.flow_branches", ui.lang, {{"n", std::to_string(s->next.size())}});
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::PushFont(isCurrent ? ui.fonts.bold : ui.fonts.body);
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str(), nullptr, false, W - ui.px(44));
    const ImVec2 b(a.x + W, a.y + ts.y + ui.px(14));
    dl->AddRectFilled(a, b, isCurrent ? p.selected : p.surface, ui.px(8));
    dl->AddRect(a, b, isCurrent ? p.accent : p.border, ui.px(8), 0, isCurrent ? 2.0f : 1.0f);
    if (taken && !isCurrent) dl->AddCircleFilled(ImVec2(b.x - ui.px(16), (a.y + b.y) / 2), ui.px(5), p.good);
    inkText(ImVec2(a.x + ui.px(14), a.y + ui.px(7)), ImGui::GetFont(), ImGui::GetFontSize(),
            isCurrent ? p.heading
            : taken   ? p.text
                      : p.textMuted,
            label, W - ui.px(44));
    ImGui::PopFont();
    // Selecting a step jumps there along the shortest route from the start.
    const bool clicked = ImGui::InvisibleButton(("##step" + s->id).c_str(), ImVec2(W, b.y - a.y));
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    SemanticElement& e = recordLastItem(ui, "figure." + fig.id + ".step." + s->id, Role::button, label);
    e.selected = isCurrent;
    if (taken && !isCurrent) e.valueText = ui.tr("figure.flow_done");
    if ((clicked || ui.sem.takeActivation(e.id)) && !isCurrent) {
      std::vector<size_t> route;
      for (size_t at = order[i]; at != core::noIndex; at = parent[at]) route.insert(route.begin(), at);
      path = route;
      ui.wantRedraw = true;
    }
  }
  figureDetail(ui, "figure." + fig.id + ".detail", ui.text(current->label), ui.text(current->text));
  // Ways forward: one button per next step (a branch shows its labels).
  for (const auto& link : current->next) {
    if (link.step >= n) continue;
    const core::ProcessStep* to = &fig.steps[link.step];
    const std::string label =
        (link.label.empty() ? ui.tr("figure.next_step") : ui.text(link.label)) + ": " + ui.text(to->label);
    if (button(ui, "figure." + fig.id + ".next." + link.to, label)) {
      path.push_back(link.step);
      ui.wantRedraw = true;
    }
  }
  if (current->next.empty()) smallText(ui, "figure." + fig.id + ".end", ui.tr("figure.flow_end"));
  if (path.size() > 1) {
    if (button(ui, "figure." + fig.id + ".back", ui.tr("figure.prev_step"), ButtonKind::secondary)) path.pop_back();
    ImGui::SameLine();
    if (button(ui, "figure." + fig.id + ".restart", ui.tr("figure.restart"), ButtonKind::ghost)) path = {fig.startStep};
  }
}

}  // namespace leren::ui
