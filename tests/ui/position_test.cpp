// Where the learner is stays in view: on page and knowledge-check screens the top bar shows
// "n/total" and a 4 px progress strip along its bottom edge (the in-page bar scrolls away).
#include <gtest/gtest.h>

#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

TEST(Position, APageShowsItsPositionInTheTopBarAlsoWhenScrolled) {
  UiHarness h({.width = 360, .height = 640});
  EXPECT_FALSE(h.has("nav.position.bar")) << "not on home";
  openPage(h, 0, 0);
  const size_t pages = h.course().modules[0].pages.size();
  const SemanticElement& bar = h.element("nav.position.bar");
  EXPECT_EQ(bar.role, Role::progressbar);
  EXPECT_EQ(bar.valueText, "pagina 1 van " + std::to_string(pages));
  EXPECT_EQ(h.parentOf(bar), "nav");
  EXPECT_FLOAT_EQ(bar.rect.h, 4.0f);
  EXPECT_NEAR(*bar.value, 100.0 / static_cast<double>(pages), 1.0);
  const SemanticElement& nav = h.element("nav");
  EXPECT_NEAR(bar.rect.y + bar.rect.h, nav.rect.y + nav.rect.h, 1.5f) << "at the bottom edge of the top bar";
  EXPECT_EQ(h.element("nav.position").label, "pagina 1 van " + std::to_string(pages));
  EXPECT_LT(h.element("nav.position").rect.y + h.element("nav.position").rect.h, bar.rect.y);
  // One row: the position sits beside "Start", left of the language buttons.
  EXPECT_LT(h.element("nav.position").rect.x + h.element("nav.position").rect.w, h.element("nav.lang.nl").rect.x);
  EXPECT_GT(h.element("nav.position").rect.x, h.element("nav.home").rect.x + h.element("nav.home").rect.w - 1);
  // Scrolled down, the in-page bar is gone from view and the top bar's strip is not.
  const float stripY = bar.rect.y;
  for (int i = 0; i < 3; ++i) {
    h.pointerDown(180, 560);
    h.pointerMove(180, 400);
    h.pointerMove(180, 160);
    h.pointerUp();
    h.settle();
  }
  EXPECT_FALSE(h.element("page.progress").visible) << "the column was not scrolled";
  EXPECT_TRUE(h.element("nav.position.bar").visible);
  EXPECT_FLOAT_EQ(h.element("nav.position.bar").rect.y, stripY);
  // The next page moves it on.
  h.go("page.next", "page." + h.course().modules[0].id + "." + h.course().modules[0].pages[1].id);
  EXPECT_EQ(h.element("nav.position.bar").valueText, "pagina 2 van " + std::to_string(pages));
  EXPECT_NEAR(*h.element("nav.position.bar").value, 200.0 / static_cast<double>(pages), 1.0);
}

TEST(Position, AKnowledgeCheckShowsItsQuestionInTheTopBar) {
  UiHarness h({.width = 360, .height = 640});
  openQuiz(h, 0);
  const size_t count = h.course().modules[0].quiz.questions.size();
  EXPECT_EQ(h.element("nav.position.bar").valueText, "Vraag 1 van " + std::to_string(count));
  EXPECT_EQ(h.element("nav.position.bar").role, Role::progressbar);
}

}  // namespace
}  // namespace leren::ui::test
