#include <gtest/gtest.h>

#include "core/i18n.hpp"
#include "core/loader.hpp"

namespace leren::core {
namespace {

Strings sample() {
  Strings s;
  s.file = "ui/strings.json";
  s.strings["nav.next"] = Text{"Volgende", "Next"};
  s.strings["quiz.score"] = Text{"{n} van {total} goed", "{n} of {total} correct"};
  s.strings["half"] = Text{"Alleen Nederlands", ""};
  return s;
}

TEST(I18n, LooksUpByKeyAndLanguage) {
  I18n i(sample());
  EXPECT_EQ(i.tr("nav.next", Lang::nl), "Volgende");
  EXPECT_EQ(i.tr("nav.next", Lang::en), "Next");
  EXPECT_TRUE(i.has("nav.next"));
  EXPECT_FALSE(i.has("nav.prev"));
  EXPECT_TRUE(i.missing().empty());
}

TEST(I18n, MissingKeyShowsTheKeyAndIsReportedOnce) {
  I18n i(sample());
  EXPECT_EQ(i.tr("nav.prev", Lang::en), "nav.prev");
  EXPECT_EQ(i.tr("nav.prev", Lang::nl), "nav.prev");
  EXPECT_EQ(i.tr("other", Lang::nl), "other");
  ASSERT_EQ(i.missing().size(), 2u);
  EXPECT_EQ(i.missing()[0].code, "i18n.missing-key");
  EXPECT_EQ(i.missing()[0].severity, Severity::warning);
  EXPECT_EQ(i.missing()[0].pointer, "/strings/nav.prev");
  EXPECT_EQ(i.missing()[1].pointer, "/strings/other");
  EXPECT_NE(i.missing()[0].message.nl.find("nav.prev"), std::string::npos);
}

TEST(I18n, WhereTheContentIsBrokenCanBeSaidWithoutStringsJson) {
  I18n i;  // strings.json unusable
  EXPECT_EQ(i.format("problems.where", Lang::en, {{"line", "4"}, {"col", "11"}}), "line 4, column 11");
  EXPECT_EQ(i.tr("problems.error", Lang::nl), "Fout");
  EXPECT_EQ(i.tr("quiz.title", Lang::nl), "quiz.title") << "only the problem texts are built in";
  ASSERT_EQ(i.missing().size(), 3u) << "still reported as missing";
  EXPECT_EQ(i.missing()[0].pointer, "/strings/problems.where");
}

TEST(I18n, ReferencesStayValid) {
  I18n i(sample());
  const std::string& a = i.tr("x", Lang::nl);
  for (int k = 0; k < 100; ++k) i.tr("key" + std::to_string(k), Lang::nl);
  EXPECT_EQ(a, "x");
}

TEST(I18n, EmptyTranslationFallsBackToDutch) {
  I18n i(sample());
  EXPECT_EQ(i.tr("half", Lang::en), "Alleen Nederlands");
}

TEST(I18n, FormatReplacesNamedPlaceholders) {
  I18n i(sample());
  EXPECT_EQ(i.format("quiz.score", Lang::nl, {{"n", "3"}, {"total", "4"}}), "3 van 4 goed");
  EXPECT_EQ(i.format("quiz.score", Lang::en, {{"n", "3"}}), "3 of {total} correct");
  EXPECT_EQ(i.format("nav.next", Lang::en, {}), "Next");
  EXPECT_EQ(I18n().format("a{b", Lang::en, {{"b", "x"}}), "a{b");
}

TEST(I18n, WorksOnTheLoadedFixture) {
  DirectoryFileSource dir(std::string(LEREN_TEST_DATA_DIR) + "/valid");
  Course c = loadCourse(dir);
  I18n i(c.strings);
  EXPECT_EQ(i.tr("app.title", Lang::en), "Learning the Social Domain");
  EXPECT_EQ(i.format("quiz.score", Lang::en, {{"n", "1"}, {"total", "2"}}), "1 of 2 correct");
}

}  // namespace
}  // namespace leren::core
