// The one test that depends on the shipped content: everything under content/ loads with no
// error and no warning (the same bar as `coursetool check content/`), and its UI strings have
// every key the code uses.
#include <gtest/gtest.h>

#include "core/i18n.hpp"
#include "core/loader.hpp"

namespace leren::core {
namespace {

TEST(ShippedContent, LoadsWithoutErrorsOrWarnings) {
  DirectoryFileSource files(std::string(LEREN_SOURCE_DIR) + "/content");
  LoadOptions options;
  options.requiredUiKeys = &uiKeysUsedByCode();
  Course course = loadCourse(files, "course.json", options);
  std::string report;
  for (const Diagnostic& d : allDiagnostics(course)) report += formatDiagnostic(d, Lang::en) + "\n";
  EXPECT_TRUE(report.empty()) << report;
  EXPECT_EQ(course.modules.size(), 10u);
  EXPECT_EQ(course.cases.size(), 12u);
  for (const Module& m : course.modules) EXPECT_TRUE(m.available) << m.file;
  for (const Case& c : course.cases) EXPECT_TRUE(c.available) << c.file;
}

TEST(ShippedContent, TheBuiltInProblemTextsAreTheShippedOnes) {
  DirectoryFileSource files(std::string(LEREN_SOURCE_DIR) + "/content");
  const Course course = loadCourse(files, "course.json");
  for (const auto& [key, text] : I18n::builtIn()) {
    ASSERT_TRUE(course.strings.strings.count(key)) << key;
    EXPECT_EQ(course.strings.strings.at(key), text) << key << ": keep src/core/i18n.cpp and ui/strings.json equal";
  }
}

}  // namespace
}  // namespace leren::core
