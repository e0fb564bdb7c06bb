// The case's state beside the story: the six dimensions of positieve gezondheid as a radar
// (before and now), and the status variables (trust, weeks, money, flags) with their change.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/figures/figures.hpp"
#include "ui/views/case_parts.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

// Values shown in the state panel glide towards the real state over a few frames so a
// change is noticed (unless the learner asked for reduced motion).
const std::vector<double>& easedState(Ui& ui, const core::CaseRun& run) {
  const std::vector<double>& target = run.state().variables;
  std::vector<double>& shown = ui.view.easedValues;
  if (ui.view.easedCase != &run.caseData() || shown.size() != target.size() || ui.reducedMotion) {
    shown = target;
    ui.view.easedCase = &run.caseData();
    return shown;
  }
  for (size_t i = 0; i < target.size(); ++i) {
    const double d = target[i] - shown[i];
    if (std::fabs(d) < 0.02) {
      shown[i] = target[i];
      continue;
    }
    shown[i] += d * 0.18;
    ui.wantRedraw = true;
  }
  return shown;
}

}  // namespace

void statePanel(Ui& ui, const core::CaseRun& run) {
  Scope panel(ui, "case.state.panel", Role::group, ui.tr("case.state"));
  const core::Case& c = run.caseData();
  const core::CaseState& s = run.state();
  const std::vector<double>& shown = easedState(ui, run);
  std::vector<std::string> axes;
  std::vector<double> now, before;
  const core::CaseState* prev = run.history().empty() ? nullptr : &run.history().back().before;
  for (size_t i = 0; i < c.variables.size(); ++i)
    if (c.variables[i].group == core::VariableGroup::gezondheid) {
      axes.push_back(ui.text(c.variables[i].label));
      now.push_back(shown[i]);
      before.push_back(prev ? prev->variables[i] : s.variables[i]);
    }
  if (axes.size() >= 3) {
    std::vector<RadarSeriesView> series;
    if (prev && before != now) series.push_back({ui.tr("case.state.before"), before, ui.pal().border});
    series.push_back({ui.tr("case.state.now"), now, ui.pal().good});
    radarChart(ui, "case.state.radar", axes, 0, 10, series, nullptr, 280.0f);
  }
  for (size_t i = 0; i < c.variables.size(); ++i) {
    const core::Variable& v = c.variables[i];
    if (v.group != core::VariableGroup::status) continue;
    const double val = s.variables[i];
    const bool scale = v.type == core::VariableType::number && v.max > v.min && v.max - v.min <= 20;
    std::string text = ui.text(v.label) + ": ";
    if (v.type == core::VariableType::flag)
      text += ui.tr(val != 0 ? "common.yes" : "common.no");
    else if (v.unit == "\xE2\x82\xAC" || v.unit == "EUR")
      text += "\xE2\x82\xAC " + formatNumber(val, 0, ui.lang);
    else if (scale)  // "4 van 10": a number without its scale says little
      text += ui.i18n.format("case.state.of", ui.lang,
                             {{"value", formatNumber(val, 0, ui.lang)}, {"max", formatNumber(v.max, 0, ui.lang)}});
    else
      text += formatNumber(val, 0, ui.lang) + (v.unit.empty() ? "" : " " + v.unit);
    if (prev && prev->variables[i] != val)
      text += std::string(" (") + (val > prev->variables[i] ? "+" : "-") +
              formatNumber(std::fabs(val - prev->variables[i]), 0, ui.lang) + ")";
    styledText(ui, "case.state." + v.id, text, ui.fonts.body, ui.pal().text, Role::status);
    SemanticElement& e = ui.sem.lastAdded();
    e.value = val;
    if (v.better != core::Variable::Better::unsaid) {
      const char* key =
          v.better == core::Variable::Better::higher ? "case.state.higher_better" : "case.state.lower_better";
      smallText(ui, "case.state." + v.id + ".better", ui.tr(key));
    }
    if (scale) {
      // Green where more is better, orange where more is worse (risk), blue where neither.
      const ImU32 fill = v.better == core::Variable::Better::higher  ? ui.pal().good
                         : v.better == core::Variable::Better::lower ? ui.pal().warning
                                                                     : ui.pal().info;
      const float f = static_cast<float>((shown[i] - v.min) / (v.max - v.min));
      const ImVec2 a = ImGui::GetCursorScreenPos();
      const float w = ImGui::GetContentRegionAvail().x, h = ui.px(8);
      ImDrawList* dl = ImGui::GetWindowDrawList();
      dl->AddRectFilled(a, ImVec2(a.x + w, a.y + h), ui.pal().border, h / 2);
      if (f > 0) dl->AddRectFilled(a, ImVec2(a.x + w * std::clamp(f, 0.0f, 1.0f), a.y + h), fill, h / 2);
      ImGui::Dummy(ImVec2(w, h));
      gap(ui, 4);
    }
  }
}

}  // namespace leren::ui
