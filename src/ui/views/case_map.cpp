#include "ui/views/case_map.hpp"

#include <imgui.h>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "ui/screen.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

// Zoom bounds: far enough out for a whole long case on a 360 px phone, in to read labels.
constexpr float kMinZoom = 0.15f, kMaxZoom = 3.0f;

// One dot on the map (a choice marker, a node or an ending) as the learner can select it:
// in describe() and the accessible mirror as a list item, so the map's content is readable
// without pointing at it, and on screen by tap or click (no hover-only information).
struct Dot {
  std::string id, label, state;
  ImVec2 centre;
  float radius = 0;
  ImVec2 labelMin, labelMax;  // the name drawn under it, if any (part of the dot's element)
};

}  // namespace

void drawCaseMap(Ui& ui, const std::string& id, const core::CaseRun& run, const core::CaseGraph& g, bool allLabels) {
  const core::Case& c = run.caseData();
  const Palette& p = ui.pal();
  const size_t nodes = g.nodeCount(), total = g.vertexCount();

  // The learner's choices (node -> choice index, last visit wins) and the places passed.
  std::map<size_t, size_t> mine;
  std::set<size_t> visited{g.vertexOf(c.startTarget)};
  for (size_t b : run.startBranches()) visited.insert(b);
  for (const auto& step : run.history()) {
    mine[step.node] = step.choice;
    visited.insert(step.node);
    visited.insert(g.vertexOf(c.nodes[step.node].choices[step.choice].target));
    for (size_t b : step.branchesFollowed) visited.insert(b);
  }
  const size_t here = run.finished() ? nodes + run.position() : run.position();
  visited.insert(here);
  // The expert route (core/case_graph): which choice an expert takes at the nodes on it.
  const std::set<size_t> expertNodes(g.expertRoute().begin(), g.expertRoute().end());
  auto expertTakes = [&](size_t v, size_t k) { return expertNodes.count(v) && g.expertChoice(v) == k; };

  // Layout: layers by depth from the start (unreachable vertices in a last layer).
  const std::vector<std::vector<size_t>>& layers = g.layers();
  size_t widest = 1;
  for (const auto& layer : layers) widest = std::max(widest, layer.size());
  const float W = ImGui::GetContentRegionAvail().x;
  const float dx = ui.px(allLabels ? 170 : 96), dy = ui.px(allLabels ? 120 : 80);
  // Start zoomed so the whole case fits the width; the learner can zoom in from there. The
  // box is only as tall as the graph needs at that zoom (a long, narrow case on a phone
  // would otherwise float in an empty box).
  const float graphW = ui.px(24) + dx * (static_cast<float>(layers.size() - 1) + 0.9f);  // + the endings' labels
  const float fit = std::clamp((W - ui.px(24)) / graphW, kMinZoom, 1.0f);
  const float H = std::clamp(dy * static_cast<float>(widest) * fit + ui.px(allLabels ? 120 : 90), ui.px(200),
                             ui.px(allLabels ? 520 : 360));
  std::vector<ImVec2> pos(total);
  for (size_t l = 0; l < layers.size(); ++l)
    for (size_t k = 0; k < layers[l].size(); ++k)
      pos[layers[l][k]] = ImVec2(ui.px(24) + dx * static_cast<float>(l),
                                 H / 2 + (static_cast<float>(k) - (static_cast<float>(layers[l].size()) - 1) / 2) * dy);
  MapView& view = ui.view.maps[id];
  if (view.zoom <= 0) view.zoom = fit;
  float& zoom = view.zoom;
  ImVec2& pan = view.pan;

  ImGui::PushStyleColor(ImGuiCol_ChildBg, p.surface);
  ImGui::BeginChild(("##" + id).c_str(), ImVec2(W, H), ImGuiChildFlags_Border,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const bool clicked = ImGui::InvisibleButton("##pan", ImVec2(W, H));
  const ImGuiID panId = ImGui::GetItemID();
  claimDrag(ui);
  // A click that hardly moved is a tap on a dot; a longer one was a drag to pan.
  const bool tapped = clicked && ImGui::GetIO().MouseDragMaxDistanceSqr[0] < ui.px(8) * ui.px(8);
  const ImVec2 tapAt = ImGui::GetIO().MousePos;
  const ImVec2 clipMin = ImGui::GetWindowPos(), clipMax(clipMin.x + W, clipMin.y + H);
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    pan.x += ImGui::GetIO().MouseDelta.x;
    pan.y += ImGui::GetIO().MouseDelta.y;
    ui.wantRedraw = true;
  }
  if (ImGui::IsItemHovered() && ImGui::GetIO().MouseWheel != 0)
    zoom = std::clamp(zoom * (ImGui::GetIO().MouseWheel > 0 ? 1.1f : 0.9f), kMinZoom, kMaxZoom);
  auto at = [&](ImVec2 q) { return ImVec2(o.x + pan.x + q.x * zoom, o.y + pan.y + (q.y - H / 2) * zoom + H / 2); };
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 faint = (p.border & 0x00FFFFFF) | 0xC0000000;
  const float r = ui.px(3.5f) * std::max(0.7f, zoom);

  // Choices: node -> marker -> target; markers fan out between the node and the next layer.
  std::vector<Dot> dots;
  std::string& selected = ui.view.selection[id];
  for (size_t v = 0; v < nodes; ++v) {
    const core::Node& node = c.nodes[v];
    const size_t count = node.choices.size();
    for (size_t k = 0; k < count; ++k) {
      const core::Choice& ch = node.choices[k];
      if (ch.target.kind == core::Target::Kind::none) continue;
      const size_t to = g.vertexOf(ch.target);
      const ImVec2 m(pos[v].x + dx * 0.45f,
                     pos[v].y + (static_cast<float>(k) - (static_cast<float>(count) - 1) / 2) * ui.px(16));
      const bool isMine = mine.count(v) && mine[v] == k;
      const bool isExpert = expertTakes(v, k);
      const ImU32 col = isMine ? p.accent : isExpert ? p.good : faint;
      const float thick = isMine ? 3.0f : isExpert ? 2.5f : 1.0f;
      dl->AddLine(at(pos[v]), at(m), col, thick);
      dl->AddLine(at(m), at(pos[to]), col, thick);
      dl->AddCircleFilled(at(m), r, isMine ? p.accent : isExpert ? p.good : p.surface);
      dl->AddCircle(at(m), r, isMine || isExpert ? col : p.textMuted);
      std::string state = isMine && isExpert ? ui.tr("case.map.mine_and_expert")
                          : isMine           ? ui.tr("case.map.mine")
                          : isExpert         ? ui.tr("case.map.expert")
                                             : "";
      dots.push_back({id + ".choice." + node.id + "." + std::to_string(k), ui.text(ch.text), state, at(m), r});
    }
    for (const auto& b : node.branch)
      if (b.target.kind != core::Target::Kind::none) {
        const size_t to = g.vertexOf(b.target);
        const bool passed = visited.count(v) && visited.count(to);
        dl->AddLine(at(pos[v]), at(pos[to]), passed ? p.accent : faint, passed ? 2.0f : 1.0f);
      }
  }
  // Nodes and endings on top.
  for (size_t i = 0; i < total; ++i) {
    const bool isEnding = i >= nodes;
    ImU32 fill = visited.count(i) ? p.accent : p.background;
    if (isEnding) {
      const auto rating = c.endings[i - nodes].rating;
      fill = rating == core::Rating::good ? p.good : rating == core::Rating::mixed ? p.warning : p.bad;
    }
    const float rad = ui.px(isEnding ? 9 : 7) * std::max(0.6f, zoom);
    dl->AddCircleFilled(at(pos[i]), rad, fill);
    dl->AddCircle(at(pos[i]), rad + (i == here ? 3.0f : 0.0f), i == here ? p.focus : p.textMuted, 0,
                  i == here ? 3.0f : 1.0f);
    const std::string title = isEnding ? ui.text(c.endings[i - nodes].title)
                                       : (c.nodes[i].title.empty() ? c.nodes[i].id : ui.text(c.nodes[i].title));
    const std::string state = i == here ? ui.tr("case.map.here") : visited.count(i) ? ui.tr("case.map.passed") : "";
    Dot dot{id + (isEnding ? ".ending." + c.endings[i - nodes].id : ".node." + c.nodes[i].id), title, state, at(pos[i]),
            rad};
    // Labels only where there is room for them between the rows (else the dot is tapped).
    if ((allLabels || isEnding) && dy * zoom >= ui.px(34)) {
      const float fs = ui.fonts.small->FontSize * std::clamp(zoom, 0.7f, 1.2f);
      dot.labelMin = ImVec2(at(pos[i]).x - rad, at(pos[i]).y + rad + 3);
      const ImVec2 size = inkText(dot.labelMin, ui.fonts.small, fs, p.text, title, std::max(40.0f, dx * 0.9f * zoom));
      dot.labelMax = ImVec2(dot.labelMin.x + size.x, dot.labelMin.y + size.y);
    }
    dots.push_back(std::move(dot));
  }
  // The dot nearest to the pointer: within a finger's reach for a tap, on the dot itself for
  // a mouse hover (whose tooltip a touch screen would only show by accident).
  auto nearestTo = [&](ImVec2 q, float reach) {
    const Dot* best = nullptr;
    float bestSq = reach * reach;
    for (const Dot& d : dots) {
      const float ddx = d.centre.x - q.x, ddy = d.centre.y - q.y, sq = ddx * ddx + ddy * ddy;
      if (sq <= bestSq) {
        bestSq = sq;
        best = &d;
      }
    }
    return best;
  };
  const bool mouse = ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse;
  if (const Dot* hovered = mouse && ImGui::IsWindowHovered() ? nearestTo(ImGui::GetIO().MousePos, ui.px(6)) : nullptr)
    ImGui::SetTooltip("%s", hovered->label.c_str());
  const Dot* chosen = tapped ? nearestTo(tapAt, ui.px(22)) : nullptr;
  for (const Dot& d : dots) {
    if (ui.sem.takeActivation(d.id)) chosen = &d;
    if (d.id == selected) dl->AddCircle(d.centre, d.radius + ui.px(4), p.focus, 0, 2.5f);
  }
  if (chosen) {
    selected = chosen->id;
    ui.wantRedraw = true;
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
  // The map is a list of its dots: each node, ending and choice, readable and selectable
  // without pointing at it.
  const std::string legend = ui.tr("case.map.legend");
  SemanticElement map;
  map.id = id;
  map.role = Role::list;
  map.label = legend;
  map.valueText = ui.i18n.format("case.map.summary", ui.lang,
                                 {{"n", std::to_string(mine.size())}, {"total", std::to_string(nodes)}});
  map.rect = Rect{clipMin.x, clipMin.y, W, H};
  map.visible = ImGui::IsItemVisible();
  map.widgetId = panId;
  const Dot* shown = nullptr;
  ui.sem.beginScope(std::move(map));
  for (const Dot& d : dots) {
    SemanticElement item;
    item.id = d.id;
    item.role = Role::listitem;
    item.label = d.label;
    item.valueText = d.state;
    ImVec2 lo(d.centre.x - d.radius, d.centre.y - d.radius), hi(d.centre.x + d.radius, d.centre.y + d.radius);
    if (d.labelMax.x > d.labelMin.x) {
      lo = ImVec2(std::min(lo.x, d.labelMin.x), std::min(lo.y, d.labelMin.y));
      hi = ImVec2(std::max(hi.x, d.labelMax.x), std::max(hi.y, d.labelMax.y));
    }
    item.rect = Rect{lo.x, lo.y, hi.x - lo.x, hi.y - lo.y};
    item.visible =
        d.centre.x >= clipMin.x && d.centre.x <= clipMax.x && d.centre.y >= clipMin.y && d.centre.y <= clipMax.y;
    item.selected = d.id == selected;
    ui.sem.add(std::move(item));
    if (d.id == selected) shown = &d;
  }
  ui.sem.endScope();
  if (shown)
    paragraph(ui, id + ".selected", shown->state.empty() ? shown->label : shown->label + " (" + shown->state + ")");
  if (button(ui, id + ".zoomin", "+", ButtonKind::secondary)) zoom = std::min(kMaxZoom, zoom * 1.25f);
  ImGui::SameLine();
  if (button(ui, id + ".zoomout", "\xE2\x88\x92", ButtonKind::secondary)) zoom = std::max(kMinZoom, zoom / 1.25f);
  ImGui::SameLine();
  if (button(ui, id + ".reset", ui.tr("case.map.reset"), ButtonKind::ghost)) {
    zoom = fit;
    pan = ImVec2(0, 0);
  }
  smallText(ui, id + ".legend", legend);
}

}  // namespace leren::ui
