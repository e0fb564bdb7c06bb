// Process flow: the steps of a procedure (e.g. the Wmo route) with their time limits.
// The learner steps through it; the current step is highlighted and explained, and at a
// branch they pick which way to go.
#include <imgui.h>

#include <map>
#include <vector>

#include "ui/figures/figures.hpp"
#include "ui/widgets.hpp"

namespace sdl::ui {
namespace {
std::map<std::string, std::vector<std::string>> g_path;  // figure id -> steps taken (ids)

const core::ProcessStep* findStep(const core::ProcessFlow& fig, const std::string& id) {
  for (const auto& s : fig.steps)
    if (s.id == id) return &s;
  return nullptr;
}
}  // namespace

void drawProcessFlow(Ui& ui, const core::ProcessFlow& fig) {
  const Palette& p = ui.pal();
  figureCaption(ui, fig.id, fig.caption);
  std::vector<std::string>& path = g_path[fig.id];
  if (path.empty()) path.push_back(fig.start);
  const core::ProcessStep* current = findStep(fig, path.back());
  if (!current) { path = {fig.start}; current = findStep(fig, fig.start); }
  if (!current) return;

  // The steps taken so far, as a vertical chain of boxes.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float W = ImGui::GetContentRegionAvail().x;
  for (size_t i = 0; i < path.size(); ++i) {
    const core::ProcessStep* s = findStep(fig, path[i]);
    if (!s) continue;
    const bool isCurrent = i + 1 == path.size();
    std::string label = std::to_string(i + 1) + ". " + ui.text(s->label);
    if (!s->timeLimit.empty()) label += "  \xC2\xB7  " + ui.text(s->timeLimit);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::PushFont(isCurrent ? ui.fonts.bold : ui.fonts.body);
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str(), nullptr, false, W - ui.px(28));
    const ImVec2 b(a.x + W, a.y + ts.y + ui.px(16));
    dl->AddRectFilled(a, b, isCurrent ? p.selected : p.surface, ui.px(8));
    dl->AddRect(a, b, isCurrent ? p.accent : p.border, ui.px(8), 0, isCurrent ? 2.0f : 1.0f);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(a.x + ui.px(14), a.y + ui.px(8)),
                isCurrent ? p.heading : p.textMuted, label.c_str(), nullptr, W - ui.px(28));
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(W, b.y - a.y));
    SemanticElement& e = recordLastItem(ui, "figure." + fig.id + ".step." + s->id, "listitem", label);
    e.selected = isCurrent;
    if (!isCurrent) {
      const float cx = a.x + ui.px(24);
      dl->AddLine(ImVec2(cx, b.y), ImVec2(cx, b.y + ImGui::GetStyle().ItemSpacing.y), p.textMuted, 2.0f);
    }
  }
  figureDetail(ui, "figure." + fig.id + ".detail", ui.text(current->label), ui.text(current->text));
  // Ways forward: one button per next step (a branch shows its labels).
  for (const auto& link : current->next) {
    const core::ProcessStep* to = findStep(fig, link.to);
    if (!to) continue;
    const std::string label = (link.label.empty() ? ui.tr("figure.next_step") : ui.text(link.label)) +
                              ": " + ui.text(to->label);
    if (button(ui, "figure." + fig.id + ".next." + link.to, label)) { path.push_back(link.to); ui.wantRedraw = true; }
  }
  if (current->next.empty()) smallText(ui, "figure." + fig.id + ".end", ui.tr("figure.flow_end"));
  if (path.size() > 1) {
    if (button(ui, "figure." + fig.id + ".back", ui.tr("figure.prev_step"), ButtonKind::secondary)) path.pop_back();
    ImGui::SameLine();
    if (button(ui, "figure." + fig.id + ".restart", ui.tr("figure.restart"), ButtonKind::ghost)) path = {fig.start};
  }
}

}  // namespace sdl::ui
