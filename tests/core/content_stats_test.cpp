#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/content_stats.hpp"
#include "core/loader.hpp"

namespace leren::core {
namespace {

Course fixture() {
  DirectoryFileSource dir(std::string(LEREN_TEST_DATA_DIR) + "/valid");
  return loadCourse(dir);
}

TEST(ContentStats, CountsPerModule) {
  CourseStats s = computeStats(fixture());
  ASSERT_EQ(s.items.size(), 4u);
  const ItemStats& m = s.items[0];
  EXPECT_EQ(m.kind, "module");
  EXPECT_EQ(m.id, "wmo-basis");
  EXPECT_TRUE(m.available);
  EXPECT_EQ(m.pages, 2);
  EXPECT_EQ(m.figures, 3);  // processFlow, actorMap, timeline
  EXPECT_EQ(m.questions, 4);
  EXPECT_EQ(m.sources, 3);
  EXPECT_EQ(m.glossaryTerms, 1);  // keukentafelgesprek (linked in nl and en: counted once)
  EXPECT_GT(m.wordsNl, 100);
  EXPECT_GT(m.wordsEn, 100);
  EXPECT_EQ(m.missingTranslations, 0);
  EXPECT_EQ(s.items[1].figures, 4);
  EXPECT_EQ(s.items[1].glossaryTerms, 1);
}

TEST(ContentStats, CountsPerCase) {
  CourseStats s = computeStats(fixture());
  const ItemStats& c = s.items[2];
  EXPECT_EQ(c.kind, "case");
  EXPECT_EQ(c.id, "mantelzorg");
  EXPECT_EQ(c.nodes, 3);
  EXPECT_EQ(c.endings, 3);
  EXPECT_EQ(c.choices, 4);
  EXPECT_EQ(c.variables, 4);
  EXPECT_EQ(c.sources, 2);  // the case and one ending
  EXPECT_EQ(c.glossaryTerms, 2);
  EXPECT_EQ(s.items[3].choices, 2);
  EXPECT_EQ(s.glossaryTerms, 3);
  EXPECT_EQ(s.uiStrings, 3);
  EXPECT_EQ(s.wordsNl, s.items[0].wordsNl + s.items[1].wordsNl + s.items[2].wordsNl + s.items[3].wordsNl);
}

TEST(ContentStats, WordsAreCountedFromVisibleText) {
  Course course;
  Module m;
  m.id = "m";
  m.title = Text{"Twee woorden", "Three words here"};
  m.summary = Text{"[link tekst](https://example.org/lang/adres)", "**bold**"};
  course.modules.push_back(m);
  CourseStats s = computeStats(course);
  EXPECT_EQ(s.items[0].wordsNl, 4);
  EXPECT_EQ(s.items[0].wordsEn, 4);
}

TEST(ContentStats, MissingTranslationsAndDiagnosticsAreCounted) {
  Course course;
  Case c;
  c.id = "c";
  c.diagnostics.push_back(Diagnostic{Severity::error, "text.missing-translation", "f", "/intro", 1, 1, {}});
  c.diagnostics.push_back(Diagnostic{Severity::warning, "field.unknown", "f", "/x", 1, 1, {}});
  course.cases.push_back(c);
  CourseStats s = computeStats(course);
  EXPECT_EQ(s.items[0].missingTranslations, 1);
  EXPECT_EQ(s.items[0].errors, 1);
  EXPECT_EQ(s.items[0].warnings, 1);
}

TEST(ContentStats, JsonHasModulesAndCases) {
  auto j = nlohmann::json::parse(statsToJson(computeStats(fixture())), nullptr, false);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j["modules"].size(), 2u);
  EXPECT_EQ(j["cases"].size(), 2u);
  EXPECT_EQ(j["modules"][0]["id"], "wmo-basis");
  EXPECT_EQ(j["modules"][0]["figures"], 3);
  EXPECT_EQ(j["cases"][0]["endings"], 3);
  EXPECT_FALSE(j["cases"][0].contains("pages"));
  EXPECT_EQ(j["glossaryTerms"], 3);
}

}  // namespace
}  // namespace leren::core
