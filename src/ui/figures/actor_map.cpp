// Actor map: who does what. Where there is room, the actors are boxes at their place and each
// relation an arrow with a numbered marker (a finger's target) on a free stretch of it; the
// numbers are explained in a list under the map, whose rows select the relation as well. On a
// phone, or when the boxes would overlap (large text), the map becomes that list grouped per
// actor. Selecting an actor or a relation explains it right under what was selected.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/figures/figures.hpp"
#include "ui/screen.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

struct ActorBox {
  ImVec2 min, max;
  ImVec2 centre() const { return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2); }
};

bool overlaps(ImVec2 a0, ImVec2 a1, ImVec2 b0, ImVec2 b1, float margin) {
  return a0.x < b1.x + margin && b0.x < a1.x + margin && a0.y < b1.y + margin && b0.y < a1.y + margin;
}

// Point where the segment from the centre of `box` towards `to` leaves the box.
ImVec2 exitPoint(const ActorBox& box, ImVec2 to) {
  const ImVec2 c = box.centre();
  const float dx = to.x - c.x, dy = to.y - c.y;
  const float hw = (box.max.x - box.min.x) / 2 + 4, hh = (box.max.y - box.min.y) / 2 + 4;
  const float t = std::min(dx != 0 ? hw / std::fabs(dx) : 1e9f, dy != 0 ? hh / std::fabs(dy) : 1e9f);
  return ImVec2(c.x + dx * std::min(t, 1.0f), c.y + dy * std::min(t, 1.0f));
}

void select(Ui& ui, std::string& sel, const std::string& key, const std::string& detailId) {
  sel = sel == key ? "" : key;
  ui.wantRedraw = true;
  if (!sel.empty()) ui.sem.requestRevealNext(detailId);
}

void detail(Ui& ui, const core::ActorMap& fig, const std::string& sel) {
  const std::string id = "figure." + fig.id + ".detail";
  for (const auto& n : fig.nodes)
    if (sel == "n:" + n.id) figureDetail(ui, id, ui.text(n.label), ui.text(n.text));
  for (const auto& e : fig.edges)
    if (sel == "e:" + e.id) figureDetail(ui, id, ui.text(e.label), ui.text(e.text));
}

// The node at a resolved index (the loader checked it; a figure built by hand may not be).
const core::ActorNode* nodeAt(const core::ActorMap& fig, size_t index) {
  return index < fig.nodes.size() ? &fig.nodes[index] : nullptr;
}

std::string relationText(Ui& ui, const core::ActorMap& fig, const core::ActorEdge& e) {
  const core::ActorNode *a = nodeAt(fig, e.fromNode), *b = nodeAt(fig, e.toNode);
  return (a ? ui.text(a->label) : e.from) + " \xE2\x86\x92 " + (b ? ui.text(b->label) : e.to) + ": " + ui.text(e.label);
}

// The phone layout: per actor a row, then its relations to others, indented.
void drawAsList(Ui& ui, const core::ActorMap& fig, std::string& sel) {
  const std::string detailId = "figure." + fig.id + ".detail";
  Scope list(ui, "figure." + fig.id + ".list", Role::list, ui.text(fig.caption));
  for (size_t i = 0; i < fig.nodes.size(); ++i) {
    const core::ActorNode& n = fig.nodes[i];
    const std::string nid = "figure." + fig.id + ".node." + n.id;
    CardInfo info;
    info.title = ui.text(n.label);
    info.compact = true;
    info.selected = sel == "n:" + n.id;
    if (card(ui, nid, info)) select(ui, sel, "n:" + n.id, detailId);
    if (sel == "n:" + n.id) detail(ui, fig, sel);
    ImGui::Indent(ui.px(20));
    for (const auto& e : fig.edges) {
      if (e.fromNode != i) continue;
      const core::ActorNode* to = nodeAt(fig, e.toNode);
      const std::string label = "\xE2\x86\x92 " + (to ? ui.text(to->label) : e.to) + ": " + ui.text(e.label);
      if (button(ui, "figure." + fig.id + ".edge." + e.id, label, ButtonKind::ghost, false, sel == "e:" + e.id))
        select(ui, sel, "e:" + e.id, detailId);
      if (sel == "e:" + e.id) detail(ui, fig, sel);
    }
    ImGui::Unindent(ui.px(20));
    gap(ui, 4);
  }
}

}  // namespace

void drawActorMap(Ui& ui, const core::ActorMap& fig) {
  const Palette& p = ui.pal();
  FigureScope figure(ui, fig.id, fig.caption);
  WideBlock wide(ui, 880);
  std::string& sel = ui.view.selection[fig.id];  // "n:<node id>" or "e:<edge id>"
  const std::string detailId = "figure." + fig.id + ".detail";
  const float W = ImGui::GetContentRegionAvail().x;
  const float H = std::clamp(W * 0.66f, ui.px(340), ui.px(600));
  const float pad = ui.px(10), boxW = std::clamp(W * 0.2f, ui.px(110), ui.px(180));
  ImFont* f = ui.fonts.small;
  const ImVec2 o = ImGui::GetCursorScreenPos();

  // Boxes at their place in the unit square, as wide as their label needs; in node order.
  std::vector<ActorBox> boxes;
  for (const auto& n : fig.nodes) {
    const std::string& label = ui.text(n.label);
    const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, boxW - 2 * pad, label.c_str());
    const float bw = std::min(boxW, ts.x + 2 * pad), bh = ts.y + 2 * ui.px(8);
    const float cx = o.x + bw / 2 + 4 + static_cast<float>(n.x) * (W - bw - 8);
    const float cy = o.y + bh / 2 + 4 + static_cast<float>(n.y) * (H - bh - 8);
    boxes.push_back(ActorBox{ImVec2(cx - bw / 2, cy - bh / 2), ImVec2(cx + bw / 2, cy + bh / 2)});
  }
  bool fits = W >= ui.px(520);
  for (auto a = boxes.begin(); fits && a != boxes.end(); ++a)
    for (auto b = std::next(a); fits && b != boxes.end(); ++b)
      fits = !overlaps(a->min, a->max, b->min, b->max, ui.px(8));
  if (!fits) {
    smallText(ui, "figure." + fig.id + ".hint", ui.tr("figure.select_hint"));
    drawAsList(ui, fig, sel);
    return;
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(o, ImVec2(o.x + W, o.y + H), p.surface, ui.px(10));
  dl->AddRect(o, ImVec2(o.x + W, o.y + H), p.border, ui.px(10));
  // Arrows first; each gets its marker on a stretch clear of the boxes and earlier markers.
  const float r = ui.px(12);
  struct Marker {
    const core::ActorEdge* e;
    ImVec2 at;
    int number;
  };
  std::vector<Marker> markers;
  int number = 0;
  for (const auto& e : fig.edges) {
    if (e.fromNode >= boxes.size() || e.toNode >= boxes.size()) continue;
    const ActorBox &a = boxes[e.fromNode], &b = boxes[e.toNode];
    // A straight arrow, unless it would run behind another actor's box: then it bends round it
    // (to the side with fewer boxes in the way).
    const ImVec2 ca = a.centre(), cb = b.centre();
    const float len0 = std::max(1.0f, std::hypot(cb.x - ca.x, cb.y - ca.y));
    const ImVec2 n0(-(cb.y - ca.y) / len0, (cb.x - ca.x) / len0);
    auto blocked = [&](float bend) {
      int hits = 0;
      const ImVec2 ctl((ca.x + cb.x) / 2 + n0.x * bend, (ca.y + cb.y) / 2 + n0.y * bend);
      for (size_t bi = 0; bi < boxes.size(); ++bi) {
        if (bi == e.fromNode || bi == e.toNode) continue;
        const ActorBox& box = boxes[bi];
        for (float k = 0.05f; k < 1.0f; k += 0.05f) {
          const float u = 1 - k;
          const ImVec2 q(u * u * ca.x + 2 * u * k * ctl.x + k * k * cb.x,
                         u * u * ca.y + 2 * u * k * ctl.y + k * k * cb.y);
          if (q.x > box.min.x - 4 && q.x < box.max.x + 4 && q.y > box.min.y - 4 && q.y < box.max.y + 4) {
            ++hits;
            break;
          }
        }
      }
      return hits;
    };
    float bend = 0;
    if (blocked(0) > 0)
      for (float tryBend : {0.3f, -0.3f, 0.5f, -0.5f})
        if (blocked(tryBend * len0) == 0) {
          bend = tryBend * len0;
          break;
        }
    const ImVec2 ctl((ca.x + cb.x) / 2 + n0.x * bend, (ca.y + cb.y) / 2 + n0.y * bend);
    const ImVec2 s = exitPoint(a, ctl), t = exitPoint(b, ctl);
    const bool on = sel == "e:" + e.id;
    const ImU32 col = on ? p.accent : p.textMuted;
    // The quadratic curve s → ctl → t as a cubic.
    const ImVec2 c1(s.x + (ctl.x - s.x) * 2 / 3, s.y + (ctl.y - s.y) * 2 / 3),
        c2(t.x + (ctl.x - t.x) * 2 / 3, t.y + (ctl.y - t.y) * 2 / 3);
    dl->AddBezierCubic(s, c1, c2, t, col, on ? 3.0f : 1.5f);
    auto at = [&](float k) {
      const float u = 1 - k;
      return ImVec2(u * u * s.x + 2 * u * k * ctl.x + k * k * t.x, u * u * s.y + 2 * u * k * ctl.y + k * k * t.y);
    };
    const ImVec2 before = at(0.92f);
    const float dx = t.x - before.x, dy = t.y - before.y, len = std::max(1.0f, std::sqrt(dx * dx + dy * dy));
    const ImVec2 u(dx / len, dy / len), nrm(-u.y, u.x);
    const float ah = ui.px(10);
    dl->AddTriangleFilled(t, ImVec2(t.x - u.x * ah + nrm.x * ah * 0.5f, t.y - u.y * ah + nrm.y * ah * 0.5f),
                          ImVec2(t.x - u.x * ah - nrm.x * ah * 0.5f, t.y - u.y * ah - nrm.y * ah * 0.5f), col);
    auto clear = [&](ImVec2 c) {
      const ImVec2 m0(c.x - r, c.y - r), m1(c.x + r, c.y + r);
      if (m0.x < o.x || m1.x > o.x + W || m0.y < o.y || m1.y > o.y + H) return false;
      for (const ActorBox& box : boxes)
        if (overlaps(m0, m1, box.min, box.max, 2)) return false;
      for (const Marker& m : markers)
        if (overlaps(m0, m1, ImVec2(m.at.x - r, m.at.y - r), ImVec2(m.at.x + r, m.at.y + r), 2)) return false;
      return true;
    };
    ImVec2 spot = at(0.5f);
    bool placed = false;
    for (float side : {0.0f, 1.0f, -1.0f}) {
      for (float k : {0.5f, 0.4f, 0.6f, 0.3f, 0.7f, 0.2f, 0.8f}) {
        const ImVec2 q = at(k);
        const ImVec2 c(q.x + n0.x * side * (r + 4), q.y + n0.y * side * (r + 4));
        if (clear(c)) {
          spot = c;
          placed = true;
          break;
        }
      }
      if (placed) break;
    }
    markers.push_back({&e, spot, ++number});
  }
  for (size_t i = 0; i < fig.nodes.size(); ++i) {
    const core::ActorNode& n = fig.nodes[i];
    const ActorBox& box = boxes[i];
    const bool on = sel == "n:" + n.id;
    ImGui::SetCursorScreenPos(box.min);
    const bool clicked =
        ImGui::InvisibleButton(("##n" + n.id).c_str(), ImVec2(box.max.x - box.min.x, box.max.y - box.min.y));
    const bool hov = ImGui::IsItemHovered();
    if (hov) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    dl->AddRectFilled(box.min, box.max, on ? p.accent : hov ? p.surfaceHover : p.infoSurface, ui.px(8));
    dl->AddRect(box.min, box.max, on || hov ? p.accent : p.border, ui.px(8), 0, 1.5f);
    inkText(ImVec2(box.min.x + pad, box.min.y + ui.px(8)), f, f->FontSize, on ? p.accentText : p.heading,
            ui.text(n.label), box.max.x - box.min.x - 2 * pad + 1);
    SemanticElement& el = recordLastItem(ui, "figure." + fig.id + ".node." + n.id, Role::button, ui.text(n.label));
    el.selected = on;
    if (clicked || ui.sem.takeActivation(el.id)) select(ui, sel, "n:" + n.id, detailId);
  }
  for (const Marker& m : markers) {
    const bool on = sel == "e:" + m.e->id;
    ImGui::SetCursorScreenPos(ImVec2(m.at.x - r, m.at.y - r));
    const bool clicked = ImGui::InvisibleButton(("##e" + m.e->id).c_str(), ImVec2(2 * r, 2 * r));
    const bool hov = ImGui::IsItemHovered();
    if (hov) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (hov && ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse)
      ImGui::SetTooltip("%s", ui.text(m.e->label).c_str());
    ui.sem.cover(ImGui::GetItemID());  // the numbered list under the map is its accessible twin
    dl->AddCircleFilled(m.at, r, on ? p.accent : p.surface, 32);
    dl->AddCircle(m.at, r - 1, on || hov ? p.accent : p.textMuted, 32, 1.5f);
    const std::string num = std::to_string(m.number);
    const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, num.c_str());
    canvasText(ui, "figure." + fig.id + ".marker." + m.e->id, ImVec2(m.at.x - ts.x / 2, m.at.y - ts.y / 2), f,
               f->FontSize, on ? p.accentText : p.text, num);
    if (clicked) select(ui, sel, "e:" + m.e->id, detailId);
  }
  ImGui::SetCursorScreenPos(o);
  ImGui::Dummy(ImVec2(W, H));
  smallText(ui, "figure." + fig.id + ".hint", ui.tr("figure.select_hint"));
  detail(ui, fig, sel);
  // The numbered relations: what each marker stands for, selectable without pointing.
  Scope list(ui, "figure." + fig.id + ".relations", Role::list, ui.tr("figure.relations"));
  for (const Marker& m : markers) {
    const std::string label = std::to_string(m.number) + ". " + relationText(ui, fig, *m.e);
    if (button(ui, "figure." + fig.id + ".edge." + m.e->id, label, ButtonKind::ghost, false, sel == "e:" + m.e->id))
      select(ui, sel, "e:" + m.e->id, detailId);
  }
}

}  // namespace leren::ui
