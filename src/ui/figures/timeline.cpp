// Timeline: events in date order on a vertical axis (fits phones and desktops alike), dates
// written out ("9 juli 2014"); selecting an event shows its text. The axis is drawn first and
// the dots on it.
#include <imgui.h>

#include <vector>

#include "core/stable_sort.hpp"
#include "ui/figures/figures.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
void drawTimeline(Ui& ui, const core::Timeline& fig) {
  const Palette& p = ui.pal();
  FigureScope figure(ui, fig.id, fig.caption);
  std::vector<const core::TimelineEvent*> events;
  for (const auto& e : fig.events) events.push_back(&e);
  core::stableSortBy(events, [](auto a, auto b) { return a->date < b->date; });
  std::string& sel = ui.view.selection[fig.id];  // event id
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float axisX = ImGui::GetCursorScreenPos().x + ui.px(10);
  const float top = ImGui::GetCursorScreenPos().y;
  struct Dot {
    float y;
    bool on;
  };
  std::vector<Dot> dots;
  for (const auto* e : events) {
    const bool on = sel == e->id;
    const std::string date = formatDate(ui, e->date);
    ImGui::Indent(ui.px(30));
    styledText(ui, "figure." + fig.id + ".date." + e->id, date, ui.fonts.small, p.textMuted);
    const float dotY = ImGui::GetItemRectMin().y + ImGui::GetItemRectSize().y / 2;
    if (button(ui, "figure." + fig.id + ".event." + e->id, ui.text(e->label), ButtonKind::secondary, false, on))
      sel = on ? "" : e->id;
    ImGui::Unindent(ui.px(30));
    dots.push_back({dotY, on});
    if (on) {
      ImGui::Indent(ui.px(30));
      figureDetail(ui, "figure." + fig.id + ".detail", date + " \xE2\x80\x94 " + ui.text(e->label), ui.text(e->text));
      ImGui::Unindent(ui.px(30));
    }
  }
  if (dots.empty()) return;
  dl->AddLine(ImVec2(axisX, top + ui.px(8)), ImVec2(axisX, dots.back().y), p.border, 2.0f);
  for (const Dot& d : dots) dl->AddCircleFilled(ImVec2(axisX, d.y), ui.px(d.on ? 7 : 5), d.on ? p.accent : p.heading);
}

}  // namespace leren::ui
