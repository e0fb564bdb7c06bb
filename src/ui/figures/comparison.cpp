// Comparison table: rows × columns (e.g. three laws side by side). Clash cells are
// highlighted; selecting a cell with a note explains it. On phones, and wherever the columns
// would have to break a word in two, each row becomes a stacked card so nothing scrolls sideways.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
#include <vector>

#include "ui/cell_row.hpp"
#include "ui/figures/figures.hpp"
#include "ui/screen.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

// Room a cell's text needs besides the text: its inset and, with a note, the (i) mark.
float cellExtra(Ui& ui, const core::ComparisonCell& c) { return ui.px(12) + (c.note.empty() ? 0.0f : ui.px(24)); }

// The widest word of `text` (ImGui wraps at spaces; a narrower column breaks the word in two).
float widestWord(ImFont* font, const std::string& text) {
  float widest = 0;
  for (std::string_view word : wordsOf(text))
    widest =
        std::max(widest, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, word.data(), word.data() + word.size()).x);
  return widest;
}

// Content widths of the table's columns (the row labels first) such that no word breaks: each
// column gets what its widest word needs, the rest of `width` goes by the stretch weights.
// nullopt: even that does not fit, and the table is shown as stacked rows, as on a phone.
std::optional<std::vector<float>> columnWidths(Ui& ui, const core::Comparison& fig, float width) {
  const size_t cols = fig.columns.size();
  std::vector<float> need(cols + 1, 0.0f), weight(cols + 1, 1.0f);
  weight[0] = 0.7f;
  for (size_t c = 0; c < cols; ++c) need[c + 1] = widestWord(ui.fonts.bold, ui.text(fig.columns[c].label));
  for (const auto& row : fig.rows) {
    need[0] = std::max(need[0], widestWord(ui.fonts.bold, ui.text(row.label)));
    for (size_t c = 0; c < cols && c < row.cells.size(); ++c)
      need[c + 1] =
          std::max(need[c + 1], widestWord(ImGui::GetFont(), ui.text(row.cells[c].text)) + cellExtra(ui, row.cells[c]));
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  // Each column's padding on both sides, and the outer border (1 px a side; grid()).
  const float content = width - static_cast<float>(cols + 1) * 2 * style.CellPadding.x - 2.0f;
  const float spare = content - std::accumulate(need.begin(), need.end(), 0.0f);
  if (spare < 0) return std::nullopt;
  const float weights = std::accumulate(weight.begin(), weight.end(), 0.0f);
  for (size_t c = 0; c <= cols; ++c) need[c] = std::floor(need[c] + spare * weight[c] / weights);
  return need;
}

// One cell: wrapped text on its background, clickable when it has a note.
void cell(Ui& ui, const core::Comparison& fig, const core::ComparisonRow& row, size_t col, std::string& sel) {
  const Palette& p = ui.pal();
  const core::ComparisonCell& c = row.cells[col];
  const std::string key = row.id + "/" + fig.columns[col].id;
  const bool on = sel == key;
  const std::string id = "figure." + fig.id + ".cell." + key;
  const ImVec2 a = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  const std::string& text = ui.text(c.text);
  // A cell with an explanation carries a small (i) at its right: what the hint points at.
  const float mark = c.note.empty() ? 0.0f : ui.px(24);
  const ImVec2 ts = ImGui::CalcTextSize(text.c_str(), nullptr, false, w - cellExtra(ui, c));
  const ImVec2 b(a.x + w, a.y + ts.y + ui.px(12));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (c.clash || on) dl->AddRectFilled(a, b, on ? p.selected : p.warningSurface, 4);
  if (c.clash) dl->AddRectFilled(a, ImVec2(a.x + ui.px(4), b.y), p.clash, 2);
  inkText(ImVec2(a.x + ui.px(8), a.y + ui.px(6)), ImGui::GetFont(), ImGui::GetFontSize(), p.text, text,
          w - ui.px(12) - mark);
  if (mark > 0) {
    const float r = ui.px(9);
    const ImVec2 m(b.x - ui.px(4) - r, a.y + ui.px(6) + r);
    dl->AddCircle(m, r, p.accent, 24, 1.5f);
    ImFont* f = ui.fonts.bold;
    const ImVec2 is = f->CalcTextSizeA(f->FontSize * 0.8f, FLT_MAX, 0, "i");
    inkText(ImVec2(m.x - is.x / 2, m.y - is.y / 2), f, f->FontSize * 0.8f, p.accent, "i");
  }
  bool clicked = false;
  if (!c.note.empty())
    clicked = ImGui::InvisibleButton(("##" + key).c_str(), ImVec2(w, b.y - a.y));
  else
    ImGui::Dummy(ImVec2(w, b.y - a.y));
  if (!c.note.empty() && ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  SemanticElement& e = recordLastItem(ui, id, c.note.empty() ? Role::cell : Role::button,
                                      ui.text(fig.columns[col].label) + ": " + ui.text(c.text));
  if (c.clash) e.valueText = ui.tr("figure.clash");
  if (!c.note.empty()) {
    e.selected = on;
    if (clicked || ui.sem.takeActivation(id)) sel = on ? "" : key;
  }
}

// The table where it fits: a header row of the columns' labels, then one row per subject with
// its label first; rows on alternating backgrounds, lines between them and around the whole.
// `widths`: each column's content width (columnWidths), the labels' column first.
void grid(Ui& ui, const core::Comparison& fig, const std::vector<float>& widths, std::string& sel) {
  const size_t cols = fig.columns.size();
  const ImVec2 pad = ImGui::GetStyle().CellPadding;
  const float left = ImGui::GetCursorScreenPos().x;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // Backgrounds go under the cells, but a row's height is known only once its cells are drawn.
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  float right = left;
  const auto row = [&](int index, auto&& drawCells) {
    CellRow cells(left + 1 + pad.x, widths, 2 * pad.x, pad.y);
    drawCells(cells);
    const ImRect r = cells.end(false);
    right = r.Max.x + pad.x + 1;
    dl->ChannelsSetCurrent(0);
    const ImU32 bg = index < 0   ? ImGui::GetColorU32(ImGuiCol_TableHeaderBg)
                     : index % 2 ? ImGui::GetColorU32(ImGuiCol_TableRowBgAlt)
                                 : ImGui::GetColorU32(ImGuiCol_TableRowBg);
    dl->AddRectFilled(ImVec2(left, r.Min.y), ImVec2(right, r.Max.y), bg);
    if (index >= 0)
      dl->AddLine(ImVec2(left, r.Min.y), ImVec2(right, r.Min.y), ImGui::GetColorU32(ImGuiCol_TableBorderLight));
    dl->ChannelsSetCurrent(1);
  };
  row(-1, [&](CellRow& cells) {
    for (size_t c = 0; c < cols; ++c) {
      cells.cell(c + 1);
      styledText(ui, "figure." + fig.id + ".col." + fig.columns[c].id, ui.text(fig.columns[c].label), ui.fonts.bold,
                 ui.pal().text, Role::columnheader);
    }
  });
  int index = 0;
  for (const auto& r : fig.rows)
    row(index++, [&](CellRow& cells) {
      cells.cell(0);
      styledText(ui, "figure." + fig.id + ".row." + r.id, ui.text(r.label), ui.fonts.bold, ui.pal().text,
                 Role::rowheader);
      for (size_t c = 0; c < cols && c < r.cells.size(); ++c) {
        cells.cell(c + 1);
        cell(ui, fig, r, c, sel);
      }
    });
  const float bottom = ImGui::GetCursorScreenPos().y;
  dl->AddRect(top, ImVec2(right, bottom), ImGui::GetColorU32(ImGuiCol_TableBorderStrong));
  dl->ChannelsMerge();
  ImGui::Dummy(ImVec2(0, 0));  // ImGui's spacing after the table, as after any item
}

}  // namespace

void drawComparison(Ui& ui, const core::Comparison& fig) {
  FigureScope figure(ui, fig.id, fig.caption);
  std::string& sel = ui.view.selection[fig.id];  // "row/column"
  const size_t cols = fig.columns.size();
  // The hint says only what this table has: highlighted clashes, cells that explain, or both.
  bool clashes = false, notes = false;
  for (const auto& row : fig.rows)
    for (const auto& c : row.cells) {
      clashes = clashes || c.clash;
      notes = notes || !c.note.empty();
    }
  if (clashes || notes)
    smallText(ui, "figure." + fig.id + ".hint",
              ui.tr(clashes && notes ? "figure.clash_hint"
                    : clashes        ? "figure.clash_only_hint"
                                     : "figure.note_hint"));
  // A table of four laws does not fit a reading column: it takes the room beside it (about
  // 190 px a column), so cells do not break words in two.
  WideBlock wide(ui, std::min(1000.0f, 160.0f + 190.0f * static_cast<float>(cols)));
  const std::optional<std::vector<float>> widths =
      ui.narrow ? std::nullopt : columnWidths(ui, fig, ImGui::GetContentRegionAvail().x);
  if (!widths) {
    for (const auto& row : fig.rows) {
      heading(ui, "figure." + fig.id + ".row." + row.id, ui.text(row.label), 3);
      for (size_t c = 0; c < cols && c < row.cells.size(); ++c) {
        styledText(ui, "figure." + fig.id + ".row." + row.id + ".col." + fig.columns[c].id,
                   ui.text(fig.columns[c].label), ui.fonts.bold, ui.pal().text, Role::columnheader);
        cell(ui, fig, row, c, sel);
      }
    }
  } else {
    grid(ui, fig, *widths, sel);
  }
  for (const auto& row : fig.rows)
    for (size_t c = 0; c < cols && c < row.cells.size(); ++c)
      if (sel == row.id + "/" + fig.columns[c].id)
        figureDetail(ui, "figure." + fig.id + ".detail",
                     ui.text(row.label) + " \xC2\xB7 " + ui.text(fig.columns[c].label), ui.text(row.cells[c].note));
}

}  // namespace leren::ui
