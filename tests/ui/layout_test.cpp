// Figures lay out their labels without collisions: for every figure of every page (and the case
// map and state radar of a case), at phone and laptop size and at 200 % text on a phone, no two
// labels overlap (from the rectangles describe() publishes) and none leaves the viewport.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

struct Size {
  float width, height;
  int textPercent;
};
const Size kSizes[] = {{360, 640, 100}, {1366, 768, 100}, {360, 640, 200}};

bool isAncestor(const UiHarness& h, const SemanticElement& a, const SemanticElement& b) {
  for (int p = b.parent; p >= 0; p = h.elements()[static_cast<size_t>(p)].parent)
    if (&h.elements()[static_cast<size_t>(p)] == &a) return true;
  return false;
}

bool inside(const UiHarness& h, const SemanticElement& e, const std::string& containerId) {
  for (int p = e.parent; p >= 0; p = h.elements()[static_cast<size_t>(p)].parent)
    if (h.elements()[static_cast<size_t>(p)].id == containerId) return true;
  return false;
}

// Labels: what carries text in a figure (not containers, not the picture they are part of).
std::vector<const SemanticElement*> labelsOf(const UiHarness& h, const std::string& containerId) {
  std::vector<const SemanticElement*> out;
  for (const SemanticElement& e : h.elements()) {
    if (!inside(h, e, containerId) || isContainer(e.role) || e.role == Role::img) continue;
    if (e.rect.w <= 0 || e.rect.h <= 0) continue;
    out.push_back(&e);
  }
  return out;
}

std::string describeRect(const SemanticElement& e) {
  return "'" + e.id + "' (" + std::to_string(static_cast<int>(e.rect.x)) + "," +
         std::to_string(static_cast<int>(e.rect.y)) + " " + std::to_string(static_cast<int>(e.rect.w)) + "x" +
         std::to_string(static_cast<int>(e.rect.h)) + ")";
}

void expectNoCollisions(const UiHarness& h, const std::string& containerId, const std::string& where) {
  const auto labels = labelsOf(h, containerId);
  ASSERT_FALSE(labels.empty()) << containerId << " has labels " << where;
  const float width = ImGui::GetIO().DisplaySize.x;
  for (size_t i = 0; i < labels.size(); ++i) {
    const SemanticElement& a = *labels[i];
    EXPECT_TRUE(a.rect.x >= -0.5f && a.rect.x + a.rect.w <= width + 0.5f)
        << describeRect(a) << " leaves the viewport (" << width << " px) " << where;
    for (size_t j = i + 1; j < labels.size(); ++j) {
      const SemanticElement& b = *labels[j];
      if (isAncestor(h, a, b) || isAncestor(h, b, a)) continue;
      const float ox = std::min(a.rect.x + a.rect.w, b.rect.x + b.rect.w) - std::max(a.rect.x, b.rect.x);
      const float oy = std::min(a.rect.y + a.rect.h, b.rect.y + b.rect.h) - std::max(a.rect.y, b.rect.y);
      EXPECT_FALSE(ox > 0.5f && oy > 0.5f) << describeRect(a) << " overlaps " << describeRect(b) << " " << where;
    }
  }
}

std::string figureId(const core::Block& b) {
  return std::visit(
      [](const auto& f) -> std::string {
        if constexpr (requires { f.id; }) return f.id;
        return "";
      },
      b);
}

TEST(Layout, NoTwoLabelsOfAFigureOverlapAndNoneLeavesTheViewport) {
  for (const Size& size : kSizes) {
    UiHarness h({.width = size.width, .height = size.height});
    h.learner().setTextSize(size.textPercent);
    h.settle();
    for (size_t mi = 0; mi < h.course().modules.size(); ++mi) {
      const core::Module& m = h.course().modules[mi];
      for (size_t pi = 0; pi < m.pages.size(); ++pi)
        for (const core::Block& b : m.pages[pi].blocks) {
          if (!core::isFigure(b)) continue;
          openPage(h, mi, pi);
          const std::string where = "on " + h.screen() + " at " + std::to_string(static_cast<int>(size.width)) +
                                    " px, " + std::to_string(size.textPercent) + " % text";
          expectNoCollisions(h, "figure." + figureId(b), where);
          // With a part selected, its explanation must not cover anything either.
          for (const SemanticElement* e : labelsOf(h, "figure." + figureId(b)))
            if (e->role == Role::button && e->id.find(".node.") != std::string::npos) {
              const std::string selected = e->id;  // e points into a tree the next frame replaces
              h.press(selected);
              expectNoCollisions(h, "figure." + figureId(b), where + ", " + selected + " selected");
              break;
            }
        }
    }
  }
}

// The top bar's position ("2/4", in the small font) stands on the home button's baseline.
TEST(Layout, TheTopBarPositionSitsOnTheHomeButtonsBaseline) {
  for (const Size& size : kSizes) {
    UiHarness h({.width = size.width, .height = size.height});
    h.learner().setTextSize(size.textPercent);
    openPage(h, 1, 1);
    const SemanticElement& home = h.element("nav.home");
    const SemanticElement& position = h.element("nav.position");
    const Fonts& fonts = h.app().fonts();
    const float buttonBaseline = home.rect.y + ImGui::GetStyle().FramePadding.y + fonts.body->Ascent;
    const float positionBaseline = position.rect.y + fonts.small->Ascent;
    EXPECT_NEAR(positionBaseline, buttonBaseline, 1.0f) << size.width << " px, " << size.textPercent << " %";
  }
}

TEST(Layout, TheCaseMapAndStateRadarKeepTheirLabelsApart) {
  for (const Size& size : kSizes) {
    UiHarness h({.width = size.width, .height = size.height});
    h.learner().setTextSize(size.textPercent);
    h.settle();
    for (size_t ci = 0; ci < h.course().cases.size(); ++ci) {
      startCase(h, ci);
      const std::string where = "in case " + h.course().cases[ci].id + " at " +
                                std::to_string(static_cast<int>(size.width)) + " px, " +
                                std::to_string(size.textPercent) + " % text";
      if (h.has("case.state.radar")) expectNoCollisions(h, "case.state.panel", where);
      playCase(h, ci % 2 ? "best" : "worst");
      expectNoCollisions(h, "case.map.graph", where);
    }
  }
}

}  // namespace
}  // namespace leren::ui::test

// A matching question's letters are targets a finger can hit, all inside the viewport (they
// used to take the column's width each, so every letter after A sat 4 px wide past the edge).
namespace leren::ui::test {
namespace {

TEST(Layout, EveryLetterOfAMatchingIsATargetInView) {
  for (const Size& size : kSizes) {
    UiHarness h({.width = size.width, .height = size.height});
    h.learner().setTextSize(size.textPercent);
    h.settle();
    size_t seen = 0;
    for (size_t mi = 0; mi < h.course().modules.size(); ++mi) {
      const auto& qs = h.course().modules[mi].quiz.questions;
      if (qs.empty() || qs[0].type != core::QuestionType::matching) continue;
      openQuiz(h, mi);
      for (const SemanticElement& e : h.elements()) {
        if (e.role != Role::radio || e.id.rfind("quiz.term.", 0) != 0) continue;
        ++seen;
        EXPECT_GE(e.rect.w, 44.0f) << describeRect(e) << " at " << size.width << " px, " << size.textPercent << " %";
        EXPECT_LE(e.rect.x + e.rect.w, size.width + 0.5f) << describeRect(e) << " leaves the viewport";
      }
    }
    EXPECT_GT(seen, 0u) << "a check that opens with a matching question";
  }
}

}  // namespace
}  // namespace leren::ui::test
