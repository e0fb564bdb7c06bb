// What is scrolled out of view is described but not drawn (ui/widgets.cpp, card()): ImGui clips
// text, not shapes, and home's cards below the fold were over half the first frame's
// triangles, each of which a GPU (or Chrome's software one) still sets up.
#include <gtest/gtest.h>
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

// Triangles of the last frame that lie wholly outside (or, `inside`, wholly inside) the band from
// `top` to `bottom`.
int triangles(float top, float bottom, bool inside = false) {
  const ImDrawData* data = ImGui::GetDrawData();
  int n = 0;
  for (int i = 0; i < data->CmdListsCount; ++i) {
    const ImDrawList* list = data->CmdLists[i];
    for (int k = 0; k + 2 < list->IdxBuffer.Size; k += 3) {
      float lo = bottom + 1, hi = top - 1;
      for (int v = 0; v < 3; ++v) {
        const float y = list->VtxBuffer[list->IdxBuffer[k + v]].pos.y;
        lo = std::min(lo, y);
        hi = std::max(hi, y);
      }
      n += inside ? lo >= top && hi <= bottom : lo > bottom || hi < top;
    }
  }
  return n;
}

TEST(Culling, HomeDrawsNothingBelowTheFoldButDescribesEveryCard) {
  UiHarness h;  // 1280 x 800: three modules on screen, seven more and twelve cases below
  h.settle();
  // The cards the screen's edges cut are drawn whole; none further off (a card is < 400 px).
  EXPECT_EQ(triangles(-400, 800 + 400), 0);
  const std::string last = "home.case." + h.course().cases.back().id;
  const SemanticElement* card = h.find(last);
  ASSERT_NE(card, nullptr);
  EXPECT_FALSE(card->visible);
  EXPECT_FALSE(card->label.empty());

  ASSERT_TRUE(h.app().reveal(last));  // scrolled to: drawn
  h.settle();
  EXPECT_TRUE(h.find(last)->visible);
  // The first module's card, now above the screen: described where it is, nothing drawn there.
  const SemanticElement* first = h.find("home.module." + h.course().modules.front().id);
  ASSERT_NE(first, nullptr);
  EXPECT_FALSE(first->visible);
  ASSERT_LT(first->rect.y + first->rect.h, 0.0f);
  EXPECT_EQ(triangles(first->rect.y, first->rect.y + first->rect.h, true), 0);
}

}  // namespace
}  // namespace leren::ui::test
