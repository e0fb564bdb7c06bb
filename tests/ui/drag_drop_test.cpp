// Drag and drop where a pointer is present: an ordering's row dragged by its grip lands where
// it is dropped; a matching's description dragged onto a term matches them. A drag that
// starts anywhere but a grip scrolls (or does nothing) and changes no answer; the buttons
// and letters stay for the keyboard and screen readers.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "flows.hpp"
#include "ui/screen.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

// The rows of the ordering on screen, top to bottom, as item ids.
std::vector<std::string> rows(const UiHarness& h) {
  std::vector<std::string> out;
  for (const SemanticElement* e : h.withPrefix("quiz.item."))
    if (e->role == Role::listitem) out.push_back(e->id.substr(std::string("quiz.item.").size()));
  return out;
}

struct Point {
  float x, y;
};

// A row's grip: the 32 px before its "up" button.
Point gripOf(const UiHarness& h, const std::string& item) {
  const SemanticElement& up = h.element("quiz.item." + item + ".up");
  return {up.rect.x - 20, up.rect.y + up.rect.h / 2};
}

Point centreOf(const SemanticElement& e) { return {e.rect.x + e.rect.w / 2, e.rect.y + e.rect.h / 2}; }

void drag(UiHarness& h, Point from, Point to) {
  h.pointerDown(from.x, from.y);
  for (int i = 1; i <= 8; ++i)
    h.pointerMove(from.x + (to.x - from.x) * static_cast<float>(i) / 8,
                  from.y + (to.y - from.y) * static_cast<float>(i) / 8);
  h.pointerUp();
  h.settle();
}

// Module 3's check opens with an ordering question.
const size_t kOrderingModule = 2;

TEST(DragDrop, AnOrderingRowDraggedByItsGripLandsWhereItIsDropped) {
  UiHarness h({.width = 1366, .height = 768});
  openQuiz(h, kOrderingModule);
  ASSERT_EQ(h.course().modules[kOrderingModule].quiz.questions[0].type, core::QuestionType::ordering);
  const std::vector<std::string> before = rows(h);
  ASSERT_GE(before.size(), 3u);
  // The first row onto the third.
  drag(h, gripOf(h, before[0]), centreOf(h.element("quiz.item." + before[2])));
  std::vector<std::string> expected = before;
  expected.erase(expected.begin());
  expected.insert(expected.begin() + 2, before[0]);
  EXPECT_EQ(rows(h), expected);
  // The last row onto the first.
  const std::vector<std::string> now = rows(h);
  drag(h, gripOf(h, now.back()), centreOf(h.element("quiz.item." + now.front())));
  EXPECT_EQ(rows(h).front(), now.back());
}

// A finger: a quick swipe that starts on a grip scrolls the page (a thumb often starts at the
// column's edge); held still first, the same finger moves the row.
TEST(DragDrop, AFingerMovesARowOnlyAfterHoldingItsGrip) {
  UiHarness h({.width = 360, .height = 640});
  openQuiz(h, kOrderingModule);
  h.useTouch(true);
  const std::vector<std::string> before = rows(h);
  ASSERT_GE(before.size(), 3u);

  const Point held = gripOf(h, before[0]);
  h.pointerDown(held.x, held.y);
  h.hold(kTouchHoldSeconds + 0.1f);
  const Point to = centreOf(h.element("quiz.item." + before[2]));
  for (int i = 1; i <= 8; ++i)
    h.pointerMove(held.x + (to.x - held.x) * static_cast<float>(i) / 8,
                  held.y + (to.y - held.y) * static_cast<float>(i) / 8);
  h.pointerUp();
  h.settle();
  std::vector<std::string> expected = before;
  expected.erase(expected.begin());
  expected.insert(expected.begin() + 2, before[0]);
  ASSERT_EQ(rows(h), expected) << "held first, the row moves";

  const Point grip = gripOf(h, expected[1]);
  const float rowY = h.element("quiz.item." + expected[1]).rect.y;
  drag(h, grip, {grip.x, grip.y - 120});
  EXPECT_EQ(rows(h), expected) << "a quick swipe moves no row";
  EXPECT_LT(h.element("quiz.item." + expected[1]).rect.y, rowY - 60) << "...it scrolls the page";
}

TEST(DragDrop, ADragThatDoesNotStartOnAGripChangesNoAnswer) {
  UiHarness h({.width = 360, .height = 640});
  openQuiz(h, kOrderingModule);
  const std::vector<std::string> before = rows(h);
  drag(h, centreOf(h.element("quiz.item." + before[0])), centreOf(h.element("quiz.item." + before[2])));
  EXPECT_EQ(rows(h), before);
}

TEST(DragDrop, ADescriptionDraggedOntoATermMatchesThem) {
  // Module 9's check opens with a matching question.
  UiHarness h({.width = 1366, .height = 768});
  const size_t module = 8;
  openQuiz(h, module);
  const core::Question& q = h.course().modules[module].quiz.questions[0];
  ASSERT_EQ(q.type, core::QuestionType::matching);
  // The last description onto the first term: that term's letter is now chosen.
  const auto descriptions = h.withPrefix("quiz.match.");
  ASSERT_FALSE(descriptions.empty());
  const SemanticElement& last = *descriptions.back();
  const std::string candidate = last.id.substr(std::string("quiz.match.").size());
  const std::string term = q.pairs.front().id;
  const Point grip{last.rect.x - 20, last.rect.y + 8};
  drag(h, grip, centreOf(h.element("quiz.term." + term)));
  EXPECT_EQ(h.element("quiz.term." + term + "." + candidate).checked, std::optional<bool>(true))
      << "the dragged description is the term's match";
}

}  // namespace
}  // namespace leren::ui::test
