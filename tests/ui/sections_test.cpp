// A page's sections fold (the accordion pattern: a button in each section heading, expanded or
// not): folding one hides what follows it up to the next section, also callouts and figures;
// unfolding or following the page's contents to it brings it back. Open at first.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

// The fold buttons on screen, top to bottom.
std::vector<std::string> foldButtons(const UiHarness& h) {
  std::vector<std::string> out;
  for (const SemanticElement& e : h.elements())
    if (e.role == Role::button && e.id.ends_with(".fold")) out.push_back(e.id);
  return out;
}

// Element ids after `from` and before `to` in the description (what a section holds).
std::vector<std::string> between(const UiHarness& h, const std::string& from, const std::string& to) {
  std::vector<std::string> out;
  bool in = false;
  for (const SemanticElement& e : h.elements()) {
    if (e.id == to) break;
    if (in && !e.id.starts_with(from)) out.push_back(e.id);
    if (e.id == from) in = true;
  }
  return out;
}

TEST(Sections, AFoldedSectionHidesWhatItHoldsUntilTheNext) {
  UiHarness h({.width = 1366, .height = 768});
  // The first page of the course with at least three sections (and so its contents).
  size_t module = 0, page = 0;
  bool found = false;
  for (size_t mi = 0; mi < h.course().modules.size() && !found; ++mi)
    for (size_t pi = 0; pi < h.course().modules[mi].pages.size() && !found; ++pi) {
      openPage(h, mi, pi);
      if (foldButtons(h).size() >= 3) module = mi, page = pi, found = true;
    }
  ASSERT_TRUE(found) << "a page with three sections";
  const std::vector<std::string> folds = foldButtons(h);
  const std::string first = folds[0], second = folds[1];
  const std::string firstHeading = first.substr(0, first.size() - std::string(".fold").size());
  const std::string secondHeading = second.substr(0, second.size() - std::string(".fold").size());
  EXPECT_EQ(h.element(first).expanded, std::optional<bool>(true)) << "open at first";
  EXPECT_EQ(h.element(first).label, "Sectie inklappen");
  EXPECT_EQ(h.parentOf(h.element(first)), firstHeading) << "the button is in the heading";
  const std::vector<std::string> held = between(h, first, secondHeading);
  ASSERT_FALSE(held.empty()) << "the first section holds something";

  h.press(first);
  EXPECT_EQ(h.element(first).expanded, std::optional<bool>(false));
  EXPECT_EQ(h.element(first).label, "Sectie uitklappen");
  for (const std::string& id : held) EXPECT_FALSE(h.has(id)) << id << " is hidden while its section is folded";
  EXPECT_TRUE(h.has(secondHeading)) << "the next section is still there";
  EXPECT_EQ(foldButtons(h).size(), folds.size()) << "every other section still shows";

  // Back to the page later: still folded. Unfolded, all of it returns.
  h.go("nav.home", "home");
  openPage(h, module, page);
  EXPECT_EQ(h.element(first).expanded, std::optional<bool>(false));
  h.press(first);
  for (const std::string& id : held) EXPECT_TRUE(h.has(id)) << id;

  // The page's contents unfold a folded section it leads to.
  h.press(second);
  ASSERT_FALSE(h.element(second).expanded.value_or(true));
  for (const SemanticElement* e : h.withPrefix("page.toc."))
    if (e->role == Role::link && e->label == h.element(secondHeading).label) {
      const std::string link = e->id;
      h.press(link);
      break;
    }
  EXPECT_EQ(h.element(second).expanded, std::optional<bool>(true)) << "the contents opened the section";
}

}  // namespace
}  // namespace leren::ui::test
