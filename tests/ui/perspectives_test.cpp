// The perspectives of a case's moment (the story, the client, the professional, the
// gemeente, the huisarts) are one row on a phone that scrolls sideways, not three rows of tabs
// before the story.
#include <gtest/gtest.h>

#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

// Starts the cases in turn and plays each until a moment with perspectives is on screen.
bool openMomentWithPerspectives(UiHarness& h) {
  for (size_t i = 0; i < h.course().cases.size(); ++i) {
    startCase(h, i);
    for (int step = 0; step < 60 && !h.learner().activeRun()->finished(); ++step) {
      if (h.has("case.perspective.none")) return true;
      const auto offered = h.withPrefix("case.choice.");
      if (offered.empty()) break;
      choose(h, offered.front()->id.substr(std::string("case.choice.").size()));
    }
  }
  return false;
}

TEST(Perspectives, OnAPhoneTheyTakeOneRowThatScrollsSideways) {
  UiHarness h({.width = 360, .height = 640});
  ASSERT_TRUE(openMomentWithPerspectives(h)) << "no moment with perspectives in the shipped cases";
  std::vector<const SemanticElement*> chips;
  for (const auto* e : h.withPrefix("case.perspective."))
    if (e->role == Role::button) chips.push_back(e);
  ASSERT_GE(chips.size(), 3u);
  const SemanticElement& row = h.element("case.perspectives");
  EXPECT_EQ(row.role, Role::group);
  for (const auto* e : chips) {
    EXPECT_EQ(h.parentOf(*e), "case.perspectives") << e->id;
    EXPECT_FLOAT_EQ(e->rect.y, chips.front()->rect.y) << e->id << " is not on the first row";
    EXPECT_TRUE(e->pressed.has_value()) << e->id;
  }
  EXPECT_LT(row.rect.h, 60.0f) << "one row";
  // The story follows the row at once.
  EXPECT_LT(h.element("case.node.text.b0").rect.y - (row.rect.y + row.rect.h), 40.0f);
  // The last chip is past the right edge; a finger drags the row sideways to it, and the story
  // does not move.
  EXPECT_FALSE(chips.back()->visible) << "the row fits; nothing to scroll";
  const std::string lastId = chips.back()->id;
  const float lastX = chips.back()->rect.x, storyY = h.element("case.node.text.b0").rect.y;
  const float y = row.rect.y + row.rect.h / 2;
  h.pointerDown(300, y);
  for (float x = 280; x >= 40; x -= 40) h.pointerMove(x, y);
  h.pointerUp();
  h.settle();
  EXPECT_LT(h.element(lastId).rect.x, lastX - 100);
  EXPECT_TRUE(h.element(lastId).visible);
  EXPECT_FLOAT_EQ(h.element("case.node.text.b0").rect.y, storyY);
  EXPECT_EQ(h.element("case.perspective.none").pressed, true) << "a drag is not a tap";
  // Keyboard focus on a hidden chip (the mirror asks to reveal it) scrolls the row back to it.
  EXPECT_FALSE(h.element("case.perspective.none").visible);
  h.app().reveal("case.perspective.none");
  h.settle();
  EXPECT_TRUE(h.element("case.perspective.none").visible);
  // The chips still choose what is told.
  h.press(lastId);
  EXPECT_EQ(h.element(lastId).pressed, true);
  EXPECT_EQ(h.element("case.perspective.none").pressed, false);
}

}  // namespace
}  // namespace leren::ui::test
