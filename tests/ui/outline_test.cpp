// On a wide screen the module's outline stands in the left margin: every page and the check,
// the one on screen marked (aria-current), read pages ticked; it stays in view while the page
// scrolls, leads to the page chosen, and wide figures grow to the right of it, never over it.
// A phone has no room for it.
#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

TEST(Outline, AWideScreenShowsTheModulesPagesBesideTheColumn) {
  UiHarness h({.width = 1366, .height = 768});
  const core::Module& m = h.course().modules[0];
  openPage(h, 0, 0);
  ASSERT_TRUE(h.has("outline"));
  EXPECT_EQ(h.element("outline").role, Role::navigation);
  for (size_t i = 0; i < m.pages.size(); ++i) EXPECT_TRUE(h.has("outline.page." + std::to_string(i))) << i;
  EXPECT_TRUE(h.has("outline.quiz"));
  EXPECT_EQ(h.element("outline.page.0").selected, std::optional<bool>(true)) << "the page on screen";
  EXPECT_FALSE(h.element("outline.page.1").selected.value_or(false));
  const float columnLeft = h.element("page.title").rect.x;
  EXPECT_LE(h.element("outline.page.0").rect.x + h.element("outline.page.0").rect.w, columnLeft - 8)
      << "the outline stands beside the column";

  // It stays where it is while the page scrolls under the finger.
  const float y = h.element("outline.page.0").rect.y, titleY = h.element("page.title").rect.y;
  h.pointerDown(columnLeft + 100, 600);
  for (int i = 1; i <= 8; ++i) h.pointerMove(columnLeft + 100, 600 - 50.0f * static_cast<float>(i));
  h.pointerUp();
  h.settle();
  ASSERT_LT(h.element("page.title").rect.y, titleY - 100) << "the page scrolled";
  EXPECT_NEAR(h.element("outline.page.0").rect.y, y, 1.0f) << "the outline did not";

  // It leads to a page; the page left behind is ticked as read.
  h.go("outline.page.2", "page." + m.id + "." + m.pages[2].id);
  EXPECT_EQ(h.element("outline.page.2").selected, std::optional<bool>(true));
  EXPECT_EQ(h.element("outline.page.0").label.rfind("\xE2\x9C\x93 ", 0), 0u) << h.element("outline.page.0").label;
  EXPECT_NE(h.element("outline.page.1").label.rfind("\xE2\x9C\x93 ", 0), 0u) << "page 2 was never opened";
  h.go("outline.quiz", "quiz." + m.id + "." + m.quiz.questions[0].id);
  EXPECT_EQ(h.element("outline.quiz").selected, std::optional<bool>(true));
}

TEST(Outline, WideFiguresGrowToTheRightOfIt) {
  UiHarness h({.width = 1366, .height = 768});
  size_t tried = 0;
  for (size_t mi = 0; mi < h.course().modules.size(); ++mi) {
    const core::Module& m = h.course().modules[mi];
    for (size_t pi = 0; pi < m.pages.size(); ++pi)
      for (const core::Block& b : m.pages[pi].blocks) {
        const auto* table = std::get_if<core::Comparison>(&b);
        if (!table) continue;
        openPage(h, mi, pi);
        const SemanticElement& outline = h.element("outline");
        const SemanticElement& figure = h.element("figure." + table->id);
        EXPECT_GE(figure.rect.x, outline.rect.x + outline.rect.w) << table->id << " grows over the outline";
        EXPECT_LE(figure.rect.x + figure.rect.w, 1366.0f) << table->id;
        ++tried;
      }
  }
  EXPECT_GT(tried, 0u) << "the course has a comparison table";
}

TEST(Outline, APhoneHasNoRoomForIt) {
  UiHarness h({.width = 360, .height = 640});
  openPage(h, 0, 0);
  EXPECT_FALSE(h.has("outline"));
}

}  // namespace
}  // namespace leren::ui::test
