// A screen's first frame is laid out as the frames after it (ui/screen.cpp: the content's
// scrollbar is always there, so the column does not move when ImGui learns the page's height),
// which lets the web call the module ready after one frame (platform/web/web_runtime.cpp).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

// Every described element's rectangle and visibility, in order.
std::vector<std::string> layout(const UiHarness& h) {
  std::vector<std::string> out;
  for (const SemanticElement& e : h.elements())
    out.push_back(e.id + " " + std::to_string(e.rect.x) + "," + std::to_string(e.rect.y) + " " +
                  std::to_string(e.rect.w) + "x" + std::to_string(e.rect.h) + (e.visible ? "" : " hidden"));
  return out;
}

// Activates `id`, draws frames until the screen changes, and compares that first frame of the
// new screen with the one after it.
void expectFirstFrameFinal(UiHarness& h, const std::string& id) {
  ASSERT_TRUE(h.activate(id)) << id;
  const std::string before = h.screen();
  for (int i = 0; i < 5 && h.screen() == before; ++i) h.frame();
  ASSERT_NE(h.screen(), before) << id;
  const std::vector<std::string> first = layout(h);
  h.frame();
  EXPECT_EQ(layout(h), first) << "the first frame of " << h.screen();
}

TEST(FirstFrame, HomeIsLaidOutInItsFirstFrameOnALaptopAndAPhone) {
  for (const float width : {1280.0f, 390.0f}) {
    HarnessOptions options;
    options.width = width;
    options.height = width > 1000 ? 800.0f : 844.0f;
    UiHarness h(options);  // its constructor drew home's first frame
    const std::vector<std::string> first = layout(h);
    h.frame();
    EXPECT_EQ(layout(h), first) << width;
  }
}

TEST(FirstFrame, EveryKindOfScreenIsLaidOutInItsFirstFrame) {
  UiHarness h;
  h.settle();
  const core::Course& c = h.course();
  expectFirstFrameFinal(h, "home.module." + c.modules[0].id);  // a page that scrolls
  h.go("nav.home", "home");
  expectFirstFrameFinal(h, "home.case." + c.cases[0].id);  // a case's intro
  h.go("nav.home", "home");
  expectFirstFrameFinal(h, "nav.progress");
  expectFirstFrameFinal(h, "nav.settings");  // a screen that does not scroll
  h.go("nav.home", "home");
  expectFirstFrameFinal(h, "home.glossary");
}

// A tap that chooses another screen shows that screen in the same frame (App::frame draws it in
// place of the one that took the tap), with its first frame's layout: one frame sooner.
TEST(FirstFrame, ATappedCardShowsItsScreenInTheFrameThatTookTheTap) {
  UiHarness h;
  h.settle();
  const core::Course& c = h.course();
  const std::string module = c.modules[0].id;
  ASSERT_TRUE(h.activate("home.module." + module));
  h.frame();
  EXPECT_EQ(h.screen(), "page." + module + "." + c.modules[0].pages[0].id);
  const std::vector<std::string> first = layout(h);
  h.frame();
  EXPECT_EQ(layout(h), first);

  ASSERT_TRUE(h.activate("nav.home"));
  h.frame();
  EXPECT_EQ(h.screen(), "home");
  ASSERT_TRUE(h.activate("home.case." + c.cases[0].id));
  h.frame();
  EXPECT_EQ(h.screen().rfind("case." + c.cases[0].id + ".", 0), 0u) << h.screen();
}

}  // namespace
}  // namespace leren::ui::test
