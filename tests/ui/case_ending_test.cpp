// The length of a case's ending on a phone: the learner's own decisions are one closed
// section, each decision one line that opens its detail (the ending was 29 phone screens).
#include <gtest/gtest.h>

#include <cstdio>

#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

// Case 1 played with the first choice shown each time, as the UX review measured it.
void playFirstChoices(UiHarness& h) {
  startCase(h, 0);
  for (int step = 0; step < 200 && !h.learner().activeRun()->finished(); ++step) {
    const auto offered = h.withPrefix("case.choice.");
    ASSERT_FALSE(offered.empty()) << h.screen();
    choose(h, offered.front()->id.substr(std::string("case.choice.").size()));
  }
  ASSERT_TRUE(h.learner().activeRun()->finished());
}

// The height of everything drawn in the column (the main landmark's rectangle is the union of
// its children's), in CSS pixels.
float endingHeight(const UiHarness& h) { return h.element("main").rect.h; }

TEST(CaseEnding, OnAPhoneItIsLessThanHalfAsLong) {
  UiHarness h({.width = 360, .height = 640});
  playFirstChoices(h);
  const float height = endingHeight(h);
  std::printf("case ending at 360x640: %.0f px (%.1f screens)\n", height, height / 640.0f);
  // 18,828 px (29 screens) with every decision written out; 8,269 px with them closed.
  EXPECT_LT(height, 14 * 640.0f);
}

TEST(CaseEnding, YourDecisionsStartClosedAndEachOpensItsDetail) {
  UiHarness h({.width = 360, .height = 640});
  playFirstChoices(h);
  const size_t decisions = h.learner().debrief().decisions.size();
  ASSERT_GT(decisions, 1u);
  const SemanticElement& section = h.element("case.path");
  EXPECT_EQ(section.role, Role::button);
  EXPECT_EQ(section.expanded, false);
  EXPECT_FALSE(h.has("case.path.0"));
  // The decisive moments and the case map come before it.
  EXPECT_LT(h.element("case.decisive").rect.y, h.element("case.path").rect.y);
  EXPECT_LT(h.element("case.map.graph").rect.y, h.element("case.path").rect.y);
  h.press("case.path");
  EXPECT_EQ(h.element("case.path").expanded, true);
  for (size_t i = 0; i < decisions; ++i) {
    const std::string id = "case.path." + std::to_string(i);
    EXPECT_EQ(h.element(id).role, Role::button) << id;
    EXPECT_EQ(h.element(id).expanded, false) << id;
    EXPECT_FALSE(h.has(id + ".choice")) << id;
  }
  // One line each (a 44 px row, not two lines of text) before it is opened.
  for (size_t i = 0; i < decisions; ++i)
    EXPECT_LE(h.element("case.path." + std::to_string(i)).rect.h, 44.5f)
        << h.element("case.path." + std::to_string(i)).label;
  const float pitch = h.element("case.path." + std::to_string(decisions - 1)).rect.y - h.element("case.path.0").rect.y;
  EXPECT_LT(pitch / static_cast<float>(decisions - 1), 60.0f);
  // Whether an expert chose the same is in the label read out.
  EXPECT_NE(h.element("case.path.0").label.find("professional"), std::string::npos) << h.element("case.path.0").label;
  h.press("case.path.1");
  EXPECT_EQ(h.element("case.path.1").expanded, true);
  EXPECT_NE(h.element("case.path.1.choice").label.find("Jij koos"), std::string::npos)
      << h.element("case.path.1.choice").label;
  EXPECT_TRUE(h.has("case.path.1.consequence.b0"));
  EXPECT_FALSE(h.has("case.path.0.choice"));
}

}  // namespace
}  // namespace leren::ui::test
