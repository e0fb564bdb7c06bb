// Actor map: who does what. Nodes are boxes at their layout position, edges are labelled
// arrows; selecting a node or an arrow label explains it below the map.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "ui/figures/figures.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {
// Point where the segment from the centre of `box` towards `to` leaves the box.
ImVec2 exitPoint(ImVec2 min, ImVec2 max, ImVec2 to) {
  const ImVec2 c((min.x + max.x) / 2, (min.y + max.y) / 2);
  const float dx = to.x - c.x, dy = to.y - c.y;
  const float hw = (max.x - min.x) / 2 + 4, hh = (max.y - min.y) / 2 + 4;
  const float t = std::min(dx != 0 ? hw / std::fabs(dx) : 1e9f, dy != 0 ? hh / std::fabs(dy) : 1e9f);
  return ImVec2(c.x + dx * std::min(t, 1.0f), c.y + dy * std::min(t, 1.0f));
}
}  // namespace

void drawActorMap(Ui& ui, const core::ActorMap& fig) {
  const Palette& p = ui.pal();
  FigureScope figure(ui, fig.id, fig.caption);
  const float W = ImGui::GetContentRegionAvail().x;
  const float H = ui.narrow ? std::max(360.0f, W * 1.1f) : std::clamp(W * 0.62f, 320.0f, 560.0f);
  const ImVec2 o = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(o, ImVec2(o.x + W, o.y + H), p.surface, ui.px(10));
  dl->AddRect(o, ImVec2(o.x + W, o.y + H), p.border, ui.px(10));
  std::string& sel = ui.view.selection[fig.id];  // "n:<node id>" or "e:<edge id>"

  const float pad = ui.px(12), boxW = std::max(ui.px(96), W * (ui.narrow ? 0.36f : 0.22f));
  ImFont* f = ui.fonts.small;
  std::vector<std::pair<ImVec2, ImVec2>> boxes;  // per node, in node order
  for (const auto& n : fig.nodes) {
    const std::string& label = ui.text(n.label);
    const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, boxW - 2 * pad, label.c_str());
    const float bw = std::min(boxW, ts.x + 2 * pad), bh = ts.y + 2 * ui.px(8);
    const float cx = o.x + bw / 2 + 4 + static_cast<float>(n.x) * (W - bw - 8);
    const float cy = o.y + bh / 2 + 4 + static_cast<float>(n.y) * (H - bh - 8);
    boxes.emplace_back(ImVec2(cx - bw / 2, cy - bh / 2), ImVec2(cx + bw / 2, cy + bh / 2));
  }
  // Edge lines under the boxes; their labels go on top, after the boxes.
  struct EdgeLabel {
    const core::ActorEdge* e;
    ImVec2 pos;
    bool on;
  };
  std::vector<EdgeLabel> labels;
  for (const auto& e : fig.edges) {
    if (e.fromNode >= boxes.size() || e.toNode >= boxes.size()) continue;
    const auto& [amin, amax] = boxes[e.fromNode];
    const auto& [bmin, bmax] = boxes[e.toNode];
    const ImVec2 ca((amin.x + amax.x) / 2, (amin.y + amax.y) / 2), cb((bmin.x + bmax.x) / 2, (bmin.y + bmax.y) / 2);
    const ImVec2 s = exitPoint(amin, amax, cb), t = exitPoint(bmin, bmax, ca);
    const bool on = sel == "e:" + e.id;
    const ImU32 col = on ? p.accent : p.textMuted;
    dl->AddLine(s, t, col, on ? 3.0f : 1.5f);
    const float dx = t.x - s.x, dy = t.y - s.y, len = std::max(1.0f, std::sqrt(dx * dx + dy * dy));
    const ImVec2 u(dx / len, dy / len), nrm(-u.y, u.x);
    const float ah = ui.px(10);
    dl->AddTriangleFilled(t, ImVec2(t.x - u.x * ah + nrm.x * ah * 0.5f, t.y - u.y * ah + nrm.y * ah * 0.5f),
                          ImVec2(t.x - u.x * ah - nrm.x * ah * 0.5f, t.y - u.y * ah - nrm.y * ah * 0.5f), col);
    labels.push_back({&e, ImVec2((s.x + t.x) / 2, (s.y + t.y) / 2), on});
  }
  for (size_t i = 0; i < fig.nodes.size(); ++i) {
    const core::ActorNode& n = fig.nodes[i];
    const auto& [mn, mx] = boxes[i];
    const bool on = sel == "n:" + n.id;
    ImGui::SetCursorScreenPos(mn);
    const bool clicked = ImGui::InvisibleButton(("##n" + n.id).c_str(), ImVec2(mx.x - mn.x, mx.y - mn.y));
    const bool hov = ImGui::IsItemHovered();
    dl->AddRectFilled(mn, mx, on ? p.accent : hov ? p.surfaceHover : p.infoSurface, ui.px(8));
    dl->AddRect(mn, mx, on || hov ? p.accent : p.border, ui.px(8), 0, 1.5f);
    inkText(ImVec2(mn.x + pad, mn.y + ui.px(8)), f, f->FontSize, on ? p.accentText : p.heading, ui.text(n.label),
            mx.x - mn.x - 2 * pad + 1);
    SemanticElement& el = recordLastItem(ui, "figure." + fig.id + ".node." + n.id, Role::button, ui.text(n.label));
    el.selected = on;
    if (clicked || ui.sem.takeActivation(el.id)) sel = on ? "" : "n:" + n.id;
  }
  for (const EdgeLabel& l : labels) {
    const core::ActorEdge& e = *l.e;
    const std::string& label = ui.text(e.label);
    const ImVec2 ls = f->CalcTextSizeA(f->FontSize, FLT_MAX, boxW, label.c_str());
    const ImVec2 lp(l.pos.x - ls.x / 2, l.pos.y - ls.y / 2);
    ImGui::SetCursorScreenPos(ImVec2(lp.x - 3, lp.y - 2));
    const bool clicked = ImGui::InvisibleButton(("##e" + e.id).c_str(), ImVec2(ls.x + 6, ls.y + 4));
    const bool hov = ImGui::IsItemHovered();
    dl->AddRectFilled(ImVec2(lp.x - 3, lp.y - 2), ImVec2(lp.x + ls.x + 3, lp.y + ls.y + 2),
                      l.on ? p.selected : p.background, 4);
    inkText(lp, f, f->FontSize, hov || l.on ? p.accent : p.text, label, boxW);
    SemanticElement& el = recordLastItem(ui, "figure." + fig.id + ".edge." + e.id, Role::button, label);
    el.selected = l.on;
    if (clicked || ui.sem.takeActivation(el.id)) sel = l.on ? "" : "e:" + e.id;
  }
  ImGui::SetCursorScreenPos(o);
  ImGui::Dummy(ImVec2(W, H));
  smallText(ui, "figure." + fig.id + ".hint", ui.tr("figure.select_hint"));
  for (const auto& n : fig.nodes)
    if (sel == "n:" + n.id) figureDetail(ui, "figure." + fig.id + ".detail", ui.text(n.label), ui.text(n.text));
  for (const auto& e : fig.edges)
    if (sel == "e:" + e.id) figureDetail(ui, "figure." + fig.id + ".detail", ui.text(e.label), ui.text(e.text));
}

}  // namespace leren::ui
