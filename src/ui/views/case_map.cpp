#include "ui/views/case_map.hpp"

#include <imgui.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <vector>

#include "core/stable_sort.hpp"
#include "ui/screen.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

// One place on the map (a decision point or an ending): a round target of at least 24 px,
// numbered (endings lettered) inside, named in the list under the map and when selected.
struct Dot {
  std::string id, label, state;
  ImVec2 centre;
  float radius = 0;
  std::string mark;  // "3", or "A" for an ending
};

std::string endingLetter(size_t k) { return std::string(1, static_cast<char>('A' + k % 26)); }

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
  const std::set<size_t> expertNodes(g.expertRoute().begin(), g.expertRoute().end());
  auto expertTakes = [&](size_t v, size_t k) { return expertNodes.count(v) && g.expertChoice(v) == k; };

  // Layout, top to bottom (a phone's shape): one row per depth from the start, the places of a
  // row spread over the width, ordered by where they are reached from to keep lines straight.
  WideBlock wide(ui, 720);
  const float W = ImGui::GetContentRegionAvail().x;
  const float r = ui.px(12), dy = ui.px(64), padY = ui.px(28);
  std::vector<std::vector<size_t>> rows = g.layers();
  std::vector<float> xOf(total, 0.5f);
  for (size_t l = 0; l < rows.size(); ++l) {
    auto& row = rows[l];
    if (l > 0) {
      // Barycentre of the places in earlier rows that lead here.
      std::map<size_t, float> weight;
      for (size_t v : row) {
        float sum = 0;
        int n = 0;
        for (const auto& e : g.edges())
          if (e.to == v && e.from < total && g.depth(e.from) >= 0 && g.depth(e.from) < g.depth(v)) {
            sum += xOf[e.from];
            ++n;
          }
        weight[v] = n ? sum / static_cast<float>(n) : 0.5f;
      }
      core::stableSortBy(row, [&](size_t a, size_t b) { return weight[a] < weight[b]; });
    }
    for (size_t k = 0; k < row.size(); ++k)
      xOf[row[k]] = (static_cast<float>(k) + 0.5f) / static_cast<float>(row.size());
  }
  const float H = padY * 2 + dy * static_cast<float>(std::max<size_t>(1, rows.size()) - 1);
  const ImVec2 o = ImGui::GetCursorScreenPos();
  std::vector<ImVec2> pos(total, ImVec2(o.x + W / 2, o.y + padY));
  for (size_t l = 0; l < rows.size(); ++l)
    for (size_t v : rows[l])
      pos[v] = ImVec2(o.x + ui.px(16) + xOf[v] * (W - ui.px(32)), o.y + padY + dy * static_cast<float>(l));

  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(o, ImVec2(o.x + W, o.y + H), p.surface, ui.px(10));
  dl->AddRect(o, ImVec2(o.x + W, o.y + H), p.border, ui.px(10));
  const bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(W, H));
  const ImGuiID mapId = ImGui::GetItemID();
  // A tap, not a swipe over the map (that scrolls the page).
  const bool tapped = clicked && ImGui::GetIO().MouseDragMaxDistanceSqr[0] < ui.px(8) * ui.px(8);
  const ImVec2 tapAt = ImGui::GetIO().MousePos;

  // Lines: faint for every choice, green along the expert route, blue along the learner's;
  // a line back up (a loop in the story) curves round to the side.
  const ImU32 faint = (p.border & 0x00FFFFFF) | 0xC0000000;
  auto line = [&](size_t from, size_t to, ImU32 col, float thick) {
    const ImVec2 a = pos[from], b = pos[to];
    if (b.y > a.y + 1) {
      dl->AddBezierCubic(a, ImVec2(a.x, a.y + dy * 0.5f), ImVec2(b.x, b.y - dy * 0.5f), b, col, thick);
    } else {
      const float side = a.x < o.x + W / 2 ? -1.0f : 1.0f, bend = ui.px(40) * side;
      dl->AddBezierCubic(a, ImVec2(a.x + bend, a.y), ImVec2(b.x + bend, b.y), b, col, thick);
    }
  };
  for (int pass = 0; pass < 3; ++pass)  // faint under green under blue
    for (size_t v = 0; v < nodes; ++v) {
      const core::Node& node = c.nodes[v];
      for (size_t k = 0; k < node.choices.size(); ++k) {
        if (node.choices[k].target.kind == core::Target::Kind::none) continue;
        const size_t to = g.vertexOf(node.choices[k].target);
        const bool isMine = mine.count(v) && mine[v] == k, isExpert = expertTakes(v, k);
        const int level = isMine ? 2 : isExpert ? 1 : 0;
        if (level != pass) continue;
        line(v, to, level == 2 ? p.accent : level == 1 ? p.good : faint, level == 2 ? 4.0f : level == 1 ? 3.0f : 1.5f);
      }
      for (const auto& b : node.branch) {
        if (b.target.kind == core::Target::Kind::none || pass != 0) continue;
        const size_t to = g.vertexOf(b.target);
        const bool passed = visited.count(v) && visited.count(to);
        line(v, to, passed ? p.accent : faint, passed ? 3.0f : 1.5f);
      }
    }

  // The places, numbered in reading order (top to bottom, left to right); endings lettered.
  std::vector<Dot> dots;
  std::string& selected = ui.view.selection[id];
  int number = 0;
  for (const auto& row : rows)
    for (size_t v : row) {
      const bool isEnding = v >= nodes;
      Dot d;
      d.centre = pos[v];
      d.radius = r;
      if (isEnding) {
        const core::Ending& e = c.endings[v - nodes];
        d.id = id + ".ending." + e.id;
        d.label = ui.text(e.title);
        d.mark = endingLetter(v - nodes);
      } else {
        const core::Node& n = c.nodes[v];
        d.id = id + ".node." + n.id;
        d.label = n.title.empty() ? n.id : ui.text(n.title);
        d.mark = std::to_string(++number);
      }
      std::string state = v == here ? ui.tr("case.map.here") : visited.count(v) ? ui.tr("case.map.passed") : "";
      if (!isEnding && mine.count(v)) {
        const bool alsoExpert = expertTakes(v, mine[v]);
        state += (state.empty() ? "" : "; ") + ui.tr(alsoExpert ? "case.map.mine_and_expert" : "case.map.mine") + ": " +
                 ui.text(c.nodes[v].choices[mine[v]].text);
      }
      if (!isEnding && g.expertChoice(v) && expertNodes.count(v) && !(mine.count(v) && expertTakes(v, mine[v])))
        state += (state.empty() ? "" : "; ") + ui.tr("case.map.expert") + ": " +
                 ui.text(c.nodes[v].choices[*g.expertChoice(v)].text);
      d.state = state;
      ImU32 fill = visited.count(v) ? p.accent : p.background, ink = visited.count(v) ? p.accentText : p.text;
      if (isEnding) {
        const auto rating = c.endings[v - nodes].rating;
        fill = rating == core::Rating::good ? p.good : rating == core::Rating::mixed ? p.warning : p.bad;
        ink = ui.theme == ThemeKind::light ? IM_COL32_WHITE : p.background;
      }
      dl->AddCircleFilled(d.centre, r, fill, 32);
      dl->AddCircle(d.centre, r, v == here ? p.focus : p.textMuted, 32, v == here ? 3.0f : 1.0f);
      if (v == here) dl->AddCircle(d.centre, r + ui.px(4), p.focus, 32, 2.0f);
      if (d.id == selected) dl->AddCircle(d.centre, r + ui.px(5), p.heading, 32, 2.5f);
      ImFont* f = ui.fonts.bold;
      const float fs = ui.fonts.small->FontSize;
      const ImVec2 ts = f->CalcTextSizeA(fs, FLT_MAX, 0, d.mark.c_str());
      inkText(ImVec2(d.centre.x - ts.x / 2, d.centre.y - ts.y / 2), f, fs, ink, d.mark);
      dots.push_back(std::move(d));
    }
  // A tap selects the nearest place within a finger's reach; the mouse shows its name.
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
  if (ImGui::IsItemHovered() && ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse)
    if (const Dot* hovered = nearestTo(ImGui::GetIO().MousePos, r + 2)) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      ImGui::SetTooltip("%s", hovered->label.c_str());
    }
  const Dot* chosen = tapped ? nearestTo(tapAt, r + ui.px(10)) : nullptr;
  for (const Dot& d : dots)
    if (ui.sem.takeActivation(d.id)) chosen = &d;
  if (chosen) {
    selected = selected == chosen->id ? "" : chosen->id;
    ui.wantRedraw = true;
    if (!selected.empty()) ui.sem.requestRevealNext(id + ".selected");
  }

  // The map is a list of its places: each readable and selectable without pointing at it.
  SemanticElement map;
  map.id = id;
  map.role = Role::list;
  map.label = ui.tr("case.map.legend");
  map.valueText = ui.i18n.format("case.map.summary", ui.lang,
                                 {{"n", std::to_string(mine.size())}, {"total", std::to_string(nodes)}});
  map.rect = Rect{o.x, o.y, W, H};
  map.visible = ImGui::IsItemVisible();
  map.widgetId = mapId;
  const Dot* shown = nullptr;
  ui.sem.beginScope(std::move(map));
  for (const Dot& d : dots) {
    SemanticElement item;
    item.id = d.id;
    item.role = Role::listitem;
    item.label = d.mark + ". " + d.label;
    item.valueText = d.state;
    item.rect = Rect{d.centre.x - r, d.centre.y - r, 2 * r, 2 * r};
    item.visible = ImGui::IsRectVisible(ImVec2(item.rect.x, item.rect.y),
                                        ImVec2(item.rect.x + item.rect.w, item.rect.y + item.rect.h));
    item.selected = d.id == selected;
    ui.sem.add(std::move(item));
    if (d.id == selected) shown = &d;
  }
  ui.sem.endScope();
  if (shown) {
    Box box(ui, id + ".selected", Tone::info, shown->mark + ". " + shown->label);
    if (!shown->state.empty()) paragraph(ui, id + ".selected.state", shown->state);
  }
  smallText(ui, id + ".legend", ui.tr("case.map.legend"));
  // The endings by letter (and, for a trainer, every decision point by number).
  Scope list(ui, id + ".key", Role::list, ui.tr("case.map.key"));
  for (const Dot& d : dots)
    if (allLabels || d.mark[0] >= 'A')
      smallText(ui, d.id + ".key", d.mark + ". " + d.label + (d.state.empty() ? "" : " \xE2\x80\x94 " + d.state));
}

}  // namespace leren::ui
