#pragma once
// A row of cells side by side, each of a fixed width, as tall as its tallest cell: the
// comparison figure's rows and the case screen's story beside its state. Dear ImGui's tables do
// this among much else (sizing policies, sorting, scrolling, settings) for about 24 KB of the
// wasm; these layouts need only this. Inside a cell, GetContentRegionAvail().x is the cell's
// width, wrapped text wraps at its right edge, new lines start at its left and what is drawn is
// clipped to it, as in a table cell.
#include <imgui.h>
#include <imgui_internal.h>  // ImRect

#include <vector>

namespace leren::ui {

class CellRow {
 public:
  // The row's top is the cursor; cell 0's contents start at screen x `left`, each next cell
  // `gap` after the one before; `padY` is the room above and below the contents.
  CellRow(float left, std::vector<float> widths, float gap, float padY = 0);
  ~CellRow() { end(); }
  CellRow(const CellRow&) = delete;
  CellRow& operator=(const CellRow&) = delete;

  // What follows is drawn in cell i (each cell once, in any order).
  void cell(size_t i);
  // Ends the row (once; the destructor does it too): the cursor goes to the row's left edge,
  // below its tallest cell; `spaced`: ImGui's item spacing after it, as after any item (rows of
  // one grid: none). Returns the row's top-left and bottom-right corners.
  ImRect end(bool spaced = true);

 private:
  void finishCell();
  std::vector<float> widths_;
  float left_, gap_, padY_;
  float rowLeft_ = 0, top_ = 0, bottom_ = 0;
  float savedIndent_ = 0, savedWorkMax_ = 0, savedContentMax_ = 0;
  ImVec2 savedMaxPos_;
  bool inCell_ = false, ended_ = false;
};

}  // namespace leren::ui
