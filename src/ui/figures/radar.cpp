// Radar chart (e.g. the six dimensions of positieve gezondheid). Content series are drawn
// as polygons; an editable radar adds the learner's own polygon, which they drag on the
// chart or set with the sliders under it (keyboard and screen-reader friendly).
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/figures/figures.hpp"
#include "ui/screen.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {
constexpr float kPi = 3.14159265f;
ImVec2 axisDir(size_t i, size_t n) {
  const float a = -kPi / 2 + 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
  return ImVec2(std::cos(a), std::sin(a));
}
}  // namespace

bool radarChart(Ui& ui, const std::string& id, const std::vector<std::string>& axes, double min, double max,
                const std::vector<RadarSeriesView>& series, std::vector<double>* editable, float size) {
  const Palette& p = ui.pal();
  const size_t n = axes.size();
  if (n < 3) return false;
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const float W = ImGui::GetContentRegionAvail().x;
  ImFont* f = ui.fonts.small;
  const float gapL = ui.px(8);
  // Labels beside the chart may take up to 30 % of the width each side, wrapped; the chart
  // keeps the rest. When that leaves it too small (a phone, large text), the axes get numbers
  // and their names go in a list under the chart.
  const float maxLabelW = W * 0.3f;
  float widest = 0;
  for (const auto& a : axes) widest = std::max(widest, f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, a.c_str()).x);
  const float labelW = std::min(widest, maxLabelW);
  float R = std::min(ui.px(size) / 2, (W - 2 * (labelW + gapL)) / 2 - ui.px(4));
  const bool numbered = R < std::max(ui.px(80), W * 0.22f);
  if (numbered) R = std::min(ui.px(size) / 2, W / 2 - ui.px(30));
  // Room above and below for the top and bottom labels.
  auto wrapFor = [&](const ImVec2& d) {
    if (numbered) return 0.0f;
    if (std::fabs(d.x) > 0.3f) return W / 2 - R - gapL - ui.px(4);
    return std::min(2 * R, W);
  };
  auto labelSize = [&](size_t i) {
    const std::string text = numbered ? std::to_string(i + 1) : axes[i];
    return f->CalcTextSizeA(f->FontSize, FLT_MAX, wrapFor(axisDir(i, n)), text.c_str());
  };
  float above = 0, below = 0;
  for (size_t i = 0; i < n; ++i) {
    const ImVec2 d = axisDir(i, n), ts = labelSize(i);
    above = std::max(above, -d.y * (R + gapL) - R + (d.y < -0.3f ? ts.y : ts.y / 2));
    below = std::max(below, d.y * (R + gapL) - R + (d.y > 0.3f ? ts.y : ts.y / 2));
  }
  above = std::max(0.0f, above) + ui.px(6);
  below = std::max(0.0f, below) + ui.px(6);
  const ImVec2 c(o.x + W / 2, o.y + above + R);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const double span = max > min ? max - min : 1;
  for (int ring = 1; ring <= 5; ++ring) {
    std::vector<ImVec2> pts;
    for (size_t i = 0; i < n; ++i) {
      const ImVec2 d = axisDir(i, n);
      pts.emplace_back(c.x + d.x * R * ring / 5, c.y + d.y * R * ring / 5);
    }
    dl->AddPolyline(pts.data(), static_cast<int>(n), p.border, ImDrawFlags_Closed, 1.0f);
  }
  for (size_t i = 0; i < n; ++i) {
    const ImVec2 d = axisDir(i, n);
    dl->AddLine(c, ImVec2(c.x + d.x * R, c.y + d.y * R), p.border);
    const ImVec2 ts = labelSize(i);
    ImVec2 lp(c.x + d.x * (R + gapL), c.y + d.y * (R + gapL));
    lp.x -= d.x < -0.3f ? ts.x : d.x > 0.3f ? 0 : ts.x / 2;
    lp.y -= d.y < -0.3f ? ts.y : d.y > 0.3f ? 0 : ts.y / 2;
    lp.x = std::clamp(lp.x, o.x, o.x + W - ts.x);  // never past the column's edge
    canvasText(ui, id + ".label." + std::to_string(i), lp, f, f->FontSize, p.text,
               numbered ? std::to_string(i + 1) : axes[i], wrapFor(d));
  }
  auto point = [&](size_t i, double v) {
    const ImVec2 d = axisDir(i, n);
    const float r = R * static_cast<float>((std::clamp(v, min, max) - min) / span);
    return ImVec2(c.x + d.x * r, c.y + d.y * r);
  };
  auto polygon = [&](const std::vector<double>& values, ImU32 color) {
    std::vector<ImVec2> pts;
    for (size_t i = 0; i < n; ++i) pts.push_back(point(i, i < values.size() ? values[i] : min));
    dl->AddConvexPolyFilled(pts.data(), static_cast<int>(n), (color & 0x00FFFFFF) | 0x40000000);
    dl->AddPolyline(pts.data(), static_cast<int>(n), color, ImDrawFlags_Closed, 2.5f);
    for (const auto& q : pts) dl->AddCircleFilled(q, ui.px(3.5f), color);
  };
  for (const auto& s : series) polygon(s.values, s.color);
  bool changed = false;
  if (editable) {
    editable->resize(n, (min + max) / 2);
    polygon(*editable, p.accent);
    for (size_t i = 0; i < n; ++i) {
      const ImVec2 q = point(i, (*editable)[i]);
      const float h = ui.px(12);
      ImGui::SetCursorScreenPos(ImVec2(q.x - h, q.y - h));
      ImGui::InvisibleButton((id + ".drag" + std::to_string(i)).c_str(), ImVec2(2 * h, 2 * h));
      ui.sem.cover(ImGui::GetItemID());  // the sliders under the chart are its accessible twin
      claimDrag(ui);
      if (ImGui::IsItemHovered() || ImGui::IsItemActive()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        dl->AddCircle(q, h * 0.8f, p.accent, 0, 2.0f);
      }
      if (ImGui::IsItemActive()) {
        const ImVec2 m = ImGui::GetIO().MousePos, d = axisDir(i, n);
        const float along = (m.x - c.x) * d.x + (m.y - c.y) * d.y;
        const double v = std::round(min + std::clamp(along / R, 0.0f, 1.0f) * span);
        if (v != (*editable)[i]) {
          (*editable)[i] = v;
          changed = true;
        }
      }
    }
  }
  ImGui::SetCursorScreenPos(o);
  ImGui::Dummy(ImVec2(W, above + 2 * R + below));
  SemanticElement& e = recordLastItem(ui, id, Role::img, "");
  for (const auto& s : series) {
    e.label += s.label + ": ";
    for (size_t i = 0; i < n && i < s.values.size(); ++i)
      e.label += axes[i] + " " + formatNumber(s.values[i], 0, ui.lang) + (i + 1 < n ? ", " : "; ");
  }
  if (numbered) {
    // What the numbers at the axes stand for.
    Scope list(ui, id + ".axes", Role::list, ui.tr("figure.radar.axes"));
    for (size_t i = 0; i < n; ++i)
      smallText(ui, id + ".axis." + std::to_string(i), std::to_string(i + 1) + ". " + axes[i]);
  }
  return changed;
}

bool drawRadar(Ui& ui, const core::Radar& fig, std::map<std::string, double>& learner) {
  const Palette& p = ui.pal();
  FigureScope figure(ui, fig.id, fig.caption);
  std::vector<std::string> axes;
  for (const auto& a : fig.axes) axes.push_back(ui.text(a.label));
  // Content series in colours other than the accent, which is the learner's own polygon.
  const ImU32 colors[] = {p.good, p.warning, p.clash, p.textMuted};
  std::vector<RadarSeriesView> series;
  for (size_t s = 0; s < fig.series.size(); ++s)
    series.push_back({ui.text(fig.series[s].label), fig.series[s].values, colors[s % 4]});
  std::vector<double> mine;
  if (fig.editable)
    for (const auto& a : fig.axes) {
      auto it = learner.find(a.id);
      mine.push_back(it != learner.end() ? it->second : (fig.min + fig.max) / 2);
    }
  bool changed = radarChart(ui, "figure." + fig.id + ".chart", axes, fig.min, fig.max, series,
                            fig.editable ? &mine : nullptr, 420.0f);
  {
    Scope legend(ui, "figure." + fig.id + ".legend", Role::list, ui.tr("figure.legend"));
    for (size_t s = 0; s < series.size(); ++s)
      legendItem(ui, "figure." + fig.id + ".legend." + std::to_string(s), series[s].color, series[s].label);
    if (fig.editable) legendItem(ui, "figure." + fig.id + ".legend.mine", p.accent, ui.tr("figure.radar.mine"));
  }
  if (fig.editable) {
    smallText(ui, "figure." + fig.id + ".hint", ui.tr("figure.radar.hint"));
    for (size_t i = 0; i < fig.axes.size(); ++i) {
      double v = mine[i];
      if (slider(ui, "figure." + fig.id + ".axis." + fig.axes[i].id, axes[i], &v, fig.min, fig.max, 1,
                 formatNumber(v, 0, ui.lang))) {
        mine[i] = v;
        changed = true;
      }
    }
    if (changed)
      for (size_t i = 0; i < fig.axes.size(); ++i) learner[fig.axes[i].id] = mine[i];
  }
  for (const auto& a : fig.axes)
    if (!a.text.empty())
      bulletText(ui, "figure." + fig.id + ".axisnote." + a.id, ui.text(a.label) + ": " + ui.text(a.text));
  return changed;
}

}  // namespace leren::ui
