#include "ui/views/case_map.hpp"

#include <imgui.h>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "ui/widgets.hpp"

namespace sdl::ui {
namespace {

// Graph vertices: nodes 0..N-1, endings N..N+E-1.
struct Graph {
  size_t n = 0, total = 0;
  std::vector<std::vector<std::pair<size_t, double>>> out;  // target, points of that edge
  std::vector<int> depth;
};

size_t vertexOf(const core::Case& c, const core::Target& t) {
  return t.kind == core::Target::Kind::ending ? c.nodes.size() + t.index : t.index;
}

Graph buildGraph(const core::Case& c) {
  Graph g;
  g.n = c.nodes.size();
  g.total = g.n + c.endings.size();
  g.out.resize(g.total);
  for (size_t i = 0; i < c.nodes.size(); ++i) {
    for (const auto& ch : c.nodes[i].choices) {
      double pts = 0;
      for (const auto& s : ch.score) pts += s.points;
      if (ch.target.kind != core::Target::Kind::none) g.out[i].push_back({vertexOf(c, ch.target), pts});
    }
    for (const auto& b : c.nodes[i].branch)
      if (b.target.kind != core::Target::Kind::none) g.out[i].push_back({vertexOf(c, b.target), 0});
  }
  g.depth.assign(g.total, -1);
  std::vector<size_t> queue;
  const size_t start = vertexOf(c, c.startTarget);
  if (start < g.total) { g.depth[start] = 0; queue.push_back(start); }
  for (size_t q = 0; q < queue.size(); ++q)
    for (auto [to, _] : g.out[queue[q]])
      if (g.depth[to] < 0) { g.depth[to] = g.depth[queue[q]] + 1; queue.push_back(to); }
  return g;
}

// Best total points from v to a good ending (conditions ignored); cycles are cut.
double best(const core::Case& c, const Graph& g, size_t v, std::map<size_t, double>& memo, std::set<size_t>& onPath,
            std::map<size_t, size_t>& next) {
  if (v >= g.n) return c.endings[v - g.n].rating == core::Rating::good ? 0.0 : -1e6;
  if (auto it = memo.find(v); it != memo.end()) return it->second;
  if (!onPath.insert(v).second) return -1e9;
  double bestValue = -1e9;
  for (auto [to, pts] : g.out[v]) {
    const double value = pts + best(c, g, to, memo, onPath, next);
    if (value > bestValue) { bestValue = value; next[v] = to; }
  }
  onPath.erase(v);
  return memo[v] = bestValue;
}

std::map<std::string, std::pair<float, ImVec2>> g_view;  // id -> zoom, pan

}  // namespace

void drawCaseMap(Ui& ui, const std::string& id, const core::CaseRun& run, bool allLabels) {
  const core::Case& c = run.caseData();
  const Palette& p = ui.pal();
  const Graph g = buildGraph(c);
  // The learner's path as a vertex sequence.
  std::vector<size_t> path{vertexOf(c, c.startTarget)};
  for (size_t b : run.startBranches()) if (b != path.back()) path.push_back(b);
  for (const auto& step : run.history()) {
    if (path.back() != step.node) path.push_back(step.node);
    const auto& tgt = c.nodes[step.node].choices[step.choice].target;
    path.push_back(vertexOf(c, tgt));
    for (size_t b : step.branchesFollowed) if (b != path.back()) path.push_back(b);
  }
  if (run.finished()) { const size_t e = g.n + run.position(); if (path.back() != e) path.push_back(e); }
  std::set<std::pair<size_t, size_t>> pathEdges, expertEdges;
  for (size_t i = 1; i < path.size(); ++i) pathEdges.insert({path[i - 1], path[i]});
  std::map<size_t, double> memo;
  std::set<size_t> onPath;
  std::map<size_t, size_t> next;
  size_t v = vertexOf(c, c.startTarget);
  best(c, g, v, memo, onPath, next);
  for (int guard = 0; guard < 500 && next.count(v); ++guard) { expertEdges.insert({v, next[v]}); v = next[v]; }

  // Layout: layers by depth; unreachable vertices go to a last layer.
  int maxDepth = 0;
  for (int d : g.depth) maxDepth = std::max(maxDepth, d);
  std::vector<std::vector<size_t>> layers(maxDepth + 2);
  for (size_t i = 0; i < g.total; ++i) layers[g.depth[i] < 0 ? maxDepth + 1 : g.depth[i]].push_back(i);
  const float W = ImGui::GetContentRegionAvail().x, H = ui.px(allLabels ? 560 : 380);
  auto& view = g_view.emplace(id, std::make_pair(1.0f, ImVec2(0, 0))).first->second;
  float& zoom = view.first;
  ImVec2& pan = view.second;
  const float dx = ui.px(allLabels ? 150 : 70), dy = ui.px(46);
  std::vector<ImVec2> pos(g.total);
  for (size_t l = 0; l < layers.size(); ++l)
    for (size_t k = 0; k < layers[l].size(); ++k)
      pos[layers[l][k]] = ImVec2(dx * 0.5f + dx * static_cast<float>(l),
                                 H / 2 + (static_cast<float>(k) - (static_cast<float>(layers[l].size()) - 1) / 2) * dy);

  ImGui::PushStyleColor(ImGuiCol_ChildBg, p.surface);
  ImGui::BeginChild(("##" + id).c_str(), ImVec2(W, H), ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  const ImVec2 o = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##pan", ImVec2(W, H));
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) { pan.x += ImGui::GetIO().MouseDelta.x; pan.y += ImGui::GetIO().MouseDelta.y; ui.wantRedraw = true; }
  if (ImGui::IsItemHovered() && ImGui::GetIO().MouseWheel != 0) zoom = std::clamp(zoom * (ImGui::GetIO().MouseWheel > 0 ? 1.1f : 0.9f), 0.3f, 3.0f);
  auto at = [&](size_t i) { return ImVec2(o.x + pan.x + pos[i].x * zoom, o.y + pan.y + (pos[i].y - H / 2) * zoom + H / 2); };
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (size_t a = 0; a < g.total; ++a)
    for (auto [b, _] : g.out[a]) {
      const bool mine = pathEdges.count({a, b}) > 0, expert = expertEdges.count({a, b}) > 0;
      const ImU32 col = mine ? p.accent : expert ? p.good : (p.border & 0x00FFFFFF) | 0xA0000000;
      dl->AddLine(at(a), at(b), col, mine ? 3.5f : expert ? 2.5f : 1.0f);
    }
  const std::set<size_t> visited(path.begin(), path.end());
  for (size_t i = 0; i < g.total; ++i) {
    const bool isEnding = i >= g.n, here = !path.empty() && path.back() == i;
    ImU32 fill = visited.count(i) ? p.accent : p.background;
    if (isEnding) {
      const auto r = c.endings[i - g.n].rating;
      fill = r == core::Rating::good ? p.good : r == core::Rating::mixed ? p.warning : p.bad;
    }
    const float rad = ui.px(isEnding ? 9 : 7) * std::max(0.6f, zoom);
    dl->AddCircleFilled(at(i), rad, fill);
    dl->AddCircle(at(i), rad + (here ? 3 : 0), here ? p.focus : p.textMuted, 0, here ? 3.0f : 1.0f);
    const std::string title = isEnding ? ui.text(c.endings[i - g.n].title)
                                       : (c.nodes[i].title.empty() ? c.nodes[i].id : ui.text(c.nodes[i].title));
    if (allLabels || isEnding)
      dl->AddText(ui.fonts.small, ui.fonts.small->FontSize * std::clamp(zoom, 0.7f, 1.2f), ImVec2(at(i).x + rad + 3, at(i).y - rad),
                  p.text, title.c_str(), nullptr, allLabels ? dx * zoom - rad : 0.0f);
    if (ImGui::IsMouseHoveringRect(ImVec2(at(i).x - rad, at(i).y - rad), ImVec2(at(i).x + rad, at(i).y + rad)))
      ImGui::SetTooltip("%s", title.c_str());
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
  std::string label = ui.tr("case.map.legend");
  SemanticElement& e = recordLastItem(ui, id, "img", label);
  e.valueText = ui.i18n.format("case.map.summary", ui.lang, {{"n", std::to_string(path.size())}, {"total", std::to_string(g.total)}});
  if (button(ui, id + ".zoomin", "+", ButtonKind::secondary)) zoom = std::min(3.0f, zoom * 1.25f);
  ImGui::SameLine();
  if (button(ui, id + ".zoomout", "\xE2\x80\x93", ButtonKind::secondary)) zoom = std::max(0.3f, zoom / 1.25f);
  ImGui::SameLine();
  if (button(ui, id + ".reset", ui.tr("case.map.reset"), ButtonKind::ghost)) { zoom = 1; pan = ImVec2(0, 0); }
  smallText(ui, id + ".legend", label);
}

}  // namespace sdl::ui
