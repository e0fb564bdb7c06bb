// The drift guard itself: an interactive item drawn without a semantic element is caught, and
// every screen of the module is clean.
#include <gtest/gtest.h>

#include <imgui.h>

#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

TEST(DriftGuard, CatchesAButtonDrawnWithoutItsElement) {
  UiHarness h;
  h.frame([] {
    ImGui::Begin("##stray");
    ImGui::Button("Verborgen knop###stray.button");
    ImGui::End();
  });
  const std::vector<std::string> found = h.takeDriftViolations();
  bool button = false;
  for (const auto& f : found) button |= f.find("Verborgen knop") != std::string::npos;
  EXPECT_TRUE(button) << "found " << found.size() << " item(s) without an element";
}

TEST(DriftGuard, EveryScreenTypeIsFullyDescribed) {
  UiHarness h({.trainerMode = true});
  h.go("nav.progress", "progress");
  h.go("nav.settings", "settings");
  h.go("nav.home", "home");
  h.go("home.glossary", "glossary");
  h.go("nav.home", "home");
  h.go("home.trainer", "trainer");
  h.press("trainer.case." + h.course().cases[0].id);
  openQuiz(h, 3);
  answerQuestion(h, h.course().modules[3].quiz.questions[0], false);
  startCase(h, 2);
  playCase(h, "mix");
  EXPECT_TRUE(h.driftViolations().empty());
}

}  // namespace
}  // namespace leren::ui::test
