// Home, navigation and language, headless: what the browser's shell tests checked that is not
// about the browser.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "core/search.hpp"
#include "flows.hpp"
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

// The frame that takes the switch was drawn in the old language: its description says so (the
// browser test waiting for "lang" to change read English labels under "nl" once, in CI).
TEST(Shell, TheDescriptionNamesTheLanguageItsLabelsWereDrawnIn) {
  UiHarness h;
  const std::pair<std::string, std::string> inDutch{"nl", "Casussen"}, inEnglish{"en", "Cases"};
  const auto described = [&] {
    const auto d = nlohmann::json::parse(h.app().describeJson());
    for (const auto& e : d["elements"])
      if (e["id"] == "home.cases") return std::pair{d["lang"].get<std::string>(), e["label"].get<std::string>()};
    ADD_FAILURE() << "no home.cases";
    return std::pair<std::string, std::string>{};
  };
  EXPECT_EQ(described(), inDutch);
  ASSERT_TRUE(h.activate("nav.lang.en"));
  h.frame();  // takes the switch; drawn in Dutch
  EXPECT_EQ(described(), inDutch);
  h.settle();
  EXPECT_EQ(described(), inEnglish);
  ASSERT_TRUE(h.activate("nav.lang.nl"));
  h.frame();
  EXPECT_EQ(described(), inEnglish);
  h.settle();
  EXPECT_EQ(described(), inDutch);
}

TEST(Shell, TheTopBarIsTheNavigationLandmarkAndTheScreenIsMain) {
  UiHarness h;
  EXPECT_EQ(h.parentOf(h.element("nav.progress")), "nav");
  EXPECT_EQ(h.element("nav").role, Role::navigation);
  EXPECT_EQ(h.parentOf(h.element("home.title")), "main");
  EXPECT_EQ(h.element("main").role, Role::main);
}

// A module card tells a screen reader what the module is about and how far the learner is, on
// a phone too (where the card shows no summary); every progress bar says its value in words.
TEST(Shell, CardsAndProgressBarsSayWhatTheyMean) {
  for (const float width : {1366.0f, 360.0f}) {
    UiHarness h({.width = width, .height = 700});
    openPage(h, 0, 1);
    h.go("nav.home", "home");
    const core::Module& m = h.course().modules[0];
    const std::string& card = h.element("home.module." + m.id).label;
    EXPECT_EQ(card.rfind(m.title.nl, 0), 0u) << card;
    EXPECT_NE(card.find(m.summary.nl.substr(0, 40)), std::string::npos) << "at " << width << ": " << card;
    EXPECT_NE(card.find("2 van " + std::to_string(m.pages.size())), std::string::npos) << card;
    const core::Case& k = h.course().cases[0];
    EXPECT_NE(h.element("home.case." + k.id).label.find(k.summary.nl.substr(0, 40)), std::string::npos);
    openPage(h, 0, 1);
    EXPECT_EQ(h.element("page.progress").valueText, "pagina 2 van " + std::to_string(m.pages.size()));
    h.go("nav.progress", "progress");
    for (const SemanticElement& e : h.elements()) {
      if (e.role != Role::progressbar) continue;
      EXPECT_FALSE(e.valueText.empty()) << e.id;
    }
  }
}

// The glossary has an A-Z index that jumps to a letter (and moves focus there) and a filter.
TEST(Shell, TheGlossaryHasAnIndexAndAFilter) {
  UiHarness h({.width = 360, .height = 640});
  h.go("home.glossary", "glossary");
  // Copied: the elements live in a tree the next frame replaces.
  std::vector<std::string> letters;
  for (const SemanticElement* l : h.withPrefix("glossary.index.")) letters.push_back(l->label);
  ASSERT_GE(letters.size(), 10u);
  EXPECT_EQ(h.element("glossary.index").role, Role::navigation);
  const std::string letter = letters.back();
  const std::string lastLetterId = h.withPrefix("glossary.index.").back()->id;
  EXPECT_FALSE(h.element("glossary.letter." + letter).visible) << "far down at first";
  h.press(lastLetterId);
  EXPECT_TRUE(h.element("glossary.letter." + letter).visible) << "the index jumps to " << letter;
  EXPECT_EQ(h.app().semantics().focusTarget(), "glossary.letter." + letter);
  // Letters in order, each with its heading.
  for (size_t i = 1; i < letters.size(); ++i) EXPECT_LT(letters[i - 1], letters[i]);
  for (const std::string& l : letters) EXPECT_TRUE(h.has("glossary.letter." + l)) << l;
  const size_t all = h.withPrefix("glossary.def.").size();
  ASSERT_TRUE(h.setText("glossary.filter", "Mantelzorg"));
  h.settle();
  const auto shown = h.withPrefix("glossary.def.");
  EXPECT_GE(shown.size(), 1u);
  EXPECT_LT(shown.size(), all);
  for (const SemanticElement* d : shown) {
    const std::string id = d->id.substr(std::string("glossary.def.").size());
    const core::Term* t = h.course().glossary.find(id);
    ASSERT_TRUE(t);
    std::string all_text = t->term.nl + " " + t->definition.nl;
    for (const auto& s : t->synonyms.nl) all_text += " " + s;
    EXPECT_NE(core::foldForSearch(all_text).find("mantelzorg"), std::string::npos) << id;
  }
  ASSERT_TRUE(h.setText("glossary.filter", "xyzzy"));
  h.settle();
  EXPECT_TRUE(h.has("glossary.none"));
}

}  // namespace
}  // namespace leren::ui::test
