// Home, navigation and language, headless: what the browser's shell tests checked that is not
// about the browser.
#include <gtest/gtest.h>

#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

TEST(Shell, HomeListsEveryModuleAndCaseInDutch) {
  UiHarness h;
  EXPECT_EQ(h.screen(), "home");
  for (const auto& m : h.course().modules) {
    const SemanticElement& card = h.element("home.module." + m.id);
    EXPECT_EQ(card.role, Role::button);
    EXPECT_NE(card.label.find(m.title.nl), std::string::npos) << card.label;
  }
  for (const auto& c : h.course().cases) {
    const SemanticElement& card = h.element("home.case." + c.id);
    EXPECT_NE(card.label.find(c.title.nl), std::string::npos) << card.label;
  }
  EXPECT_EQ(h.element("home.title").label, h.course().title.nl);
}

TEST(Shell, ActivateOpensAModulePageAndUnknownIdsAreRefused) {
  UiHarness h;
  const auto& m = h.course().modules[2];
  EXPECT_FALSE(h.activate("home.module.does-not-exist"));
  h.go("home.module." + m.id, "page." + m.id + "." + m.pages[0].id);
  EXPECT_EQ(h.element("page.title").label, m.pages[0].title.nl);
  EXPECT_EQ(h.learner().progress().last.page, m.pages[0].id) << "the page is where to resume";
}

// A request for an element that does not take it (a heading, a disabled button) is dropped
// after the frame that could have served it; kept, it would keep the page drawing for ever.
TEST(Shell, ARequestNoElementTakesIsDroppedAfterOneFrame) {
  UiHarness h;
  ASSERT_TRUE(h.activate("home.title")) << "the element exists, so the call is accepted";
  EXPECT_TRUE(h.app().hasPendingRequests());
  h.frame();
  EXPECT_FALSE(h.app().hasPendingRequests());
  EXPECT_EQ(h.screen(), "home");
}

TEST(Shell, TheLanguageSwitchChangesEveryLabelAndIsRemembered) {
  UiHarness h;
  const auto& m = h.course().modules[0];
  h.press("nav.lang.en");
  EXPECT_EQ(h.element("home.title").label, h.course().title.en);
  EXPECT_NE(h.element("home.module." + m.id).label.find(m.title.en), std::string::npos);
  EXPECT_EQ(h.element("nav.lang.en").pressed, std::optional<bool>(true));
  EXPECT_EQ(h.learner().settings().language, core::Lang::en);
  // A new session on the same storage starts in English.
  UiHarness again({.storage = &h.storage()});
  EXPECT_EQ(again.element("home.title").label, h.course().title.en);
}

TEST(Shell, TheTopBarIsTheNavigationLandmarkAndTheScreenIsMain) {
  UiHarness h;
  EXPECT_EQ(h.parentOf(h.element("nav.progress")), "nav");
  EXPECT_EQ(h.element("nav").role, Role::navigation);
  EXPECT_EQ(h.parentOf(h.element("home.title")), "main");
  EXPECT_EQ(h.element("main").role, Role::main);
}

}  // namespace
}  // namespace leren::ui::test
