// Cells side by side (ui/cell_row.hpp), in place of Dear ImGui's tables: each cell starts where
// its width says, its contents see the cell as their region, and the row is as tall as its
// tallest cell, whichever cell that is.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <array>
#include <vector>

#include "ui/cell_row.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

const std::vector<float> kWidths = {100, 200, 150};
constexpr float kLeftInset = 10, kGap = 20, kPadY = 4;

// Draws one window with one row: each cell a block `height(i)` tall, then what `more` draws.
struct Drawn {
  ImVec2 start, after;
  ImRect row;
  std::array<ImVec2, 3> cellStart{}, cellAvail{};
};
Drawn drawRow(UiHarness& h, const std::function<float(size_t)>& height, bool spaced,
              const std::function<void(size_t)>& more = {}) {
  Drawn d;
  h.frame([&] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(800, 600));
    ImGui::Begin("##cell-row-test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    d.start = ImGui::GetCursorScreenPos();
    {
      CellRow row(d.start.x + kLeftInset, kWidths, kGap, kPadY);
      for (size_t i = 0; i < kWidths.size(); ++i) {
        row.cell(i);
        d.cellStart[i] = ImGui::GetCursorScreenPos();
        d.cellAvail[i] = ImGui::GetContentRegionAvail();
        ImGui::Dummy(ImVec2(40, height(i)));
        if (more) more(i);
      }
      d.row = row.end(spaced);
    }
    d.after = ImGui::GetCursorScreenPos();
    ImGui::End();
  });
  return d;
}

TEST(CellRow, TheRowIsAsTallAsItsTallestCellWhicheverThatIs) {
  UiHarness h;
  h.frame();
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  for (size_t tallest = 0; tallest < kWidths.size(); ++tallest) {
    const Drawn d = drawRow(
        h, [&](size_t i) { return i == tallest ? 90.0f : 30.0f; }, true);
    EXPECT_FLOAT_EQ(d.row.Min.y, d.start.y);
    EXPECT_FLOAT_EQ(d.row.Max.y, d.start.y + kPadY + 90 + kPadY) << "tallest: cell " << tallest;
    EXPECT_FLOAT_EQ(d.after.x, d.start.x) << "the next line starts at the row's left edge";
    EXPECT_FLOAT_EQ(d.after.y, d.row.Max.y + spacing) << "tallest: cell " << tallest;
  }
  const Drawn tight = drawRow(
      h, [](size_t) { return 30.0f; }, false);
  EXPECT_FLOAT_EQ(tight.after.y, tight.row.Max.y) << "rows of one grid follow each other without spacing";
}

TEST(CellRow, EachCellStartsAtItsPlaceAndIsItsContentsRegion) {
  UiHarness h;
  h.frame();
  const Drawn d = drawRow(
      h, [](size_t) { return 30.0f; }, true);
  float x = d.start.x + kLeftInset;
  for (size_t i = 0; i < kWidths.size(); ++i) {
    EXPECT_FLOAT_EQ(d.cellStart[i].x, x) << "cell " << i;
    EXPECT_FLOAT_EQ(d.cellStart[i].y, d.start.y + kPadY) << "cell " << i;
    EXPECT_FLOAT_EQ(d.cellAvail[i].x, kWidths[i]) << "cell " << i;
    x += kWidths[i] + kGap;
  }
  EXPECT_FLOAT_EQ(d.row.Max.x, x - kGap);
}

TEST(CellRow, WrappedTextStaysInItsCellAndItsNextLineStartsAtTheCellsLeft) {
  UiHarness h;
  h.frame();
  std::array<ImRect, 3> wrapped{}, next{};
  drawRow(
      h, [](size_t) { return 10.0f; }, true,
      [&](size_t i) {
        ImGui::TextWrapped("Een zin die in geen van deze cellen op een regel past, dus hij breekt af.");
        wrapped[i] = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::TextUnformatted("x");
        next[i] = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
      });
  float x = kLeftInset;
  for (size_t i = 0; i < kWidths.size(); ++i) {
    const float left = wrapped[0].Min.x - kLeftInset + x;
    EXPECT_FLOAT_EQ(wrapped[i].Min.x, left) << "cell " << i;
    EXPECT_LE(wrapped[i].Max.x, left + kWidths[i] + 0.5f) << "cell " << i;
    EXPECT_GT(wrapped[i].GetHeight(), 2 * ImGui::GetFontSize()) << "it wrapped in cell " << i;
    EXPECT_FLOAT_EQ(next[i].Min.x, left) << "cell " << i;
    x += kWidths[i] + kGap;
  }
}

}  // namespace
}  // namespace leren::ui::test
