#include <gtest/gtest.h>

#include "core/diagnostics.hpp"
#include "core/text.hpp"

namespace leren::core {
namespace {

TEST(Text, GetReturnsTheRequestedLanguage) {
  Text t{"hallo", "hello"};
  EXPECT_EQ(t.get(Lang::nl), "hallo");
  EXPECT_EQ(t.get(Lang::en), "hello");
  EXPECT_FALSE(t.empty());
  EXPECT_TRUE(Text{}.empty());
  EXPECT_FALSE((Text{"", "x"}.empty()));
}

TEST(Text, LangCodesRoundTrip) {
  EXPECT_STREQ(langCode(Lang::nl), "nl");
  EXPECT_STREQ(langCode(Lang::en), "en");
  EXPECT_EQ(parseLang("nl"), Lang::nl);
  EXPECT_EQ(parseLang("en"), Lang::en);
  EXPECT_EQ(parseLang("NL"), std::nullopt);
  EXPECT_EQ(parseLang(""), std::nullopt);
}

TEST(Diagnostics, FormatWithPosition) {
  Diagnostic d{Severity::error,
               "ref.unresolved",
               "cases/01.json",
               "/nodes/0/choices/1/next",
               12,
               17,
               Text{"Verwijzing klopt niet.", "Reference does not resolve."}};
  EXPECT_EQ(formatDiagnostic(d, Lang::nl),
            "cases/01.json:12:17: error: Verwijzing klopt niet. [ref.unresolved] (/nodes/0/choices/1/next)");
  EXPECT_EQ(formatDiagnostic(d, Lang::en),
            "cases/01.json:12:17: error: Reference does not resolve. [ref.unresolved] (/nodes/0/choices/1/next)");
}

TEST(Diagnostics, FormatWithoutPositionAndRootPointer) {
  Diagnostic d{Severity::warning, "field.unknown", "course.json", "", 0, 0, Text{"a", "b"}};
  EXPECT_EQ(formatDiagnostic(d, Lang::en), "course.json: warning: b [field.unknown] (/)");
}

TEST(Diagnostics, CountsBySeverity) {
  std::vector<Diagnostic> ds;
  EXPECT_FALSE(hasErrors(ds));
  EXPECT_FALSE(hasWarnings(ds));
  ds.push_back(Diagnostic{Severity::warning, "w", "f", "", 0, 0, {}});
  EXPECT_FALSE(hasErrors(ds));
  EXPECT_TRUE(hasWarnings(ds));
  ds.push_back(Diagnostic{Severity::error, "e", "f", "", 0, 0, {}});
  ds.push_back(Diagnostic{Severity::error, "e", "f", "", 0, 0, {}});
  EXPECT_TRUE(hasErrors(ds));
  EXPECT_EQ(countSeverity(ds, Severity::error), 2u);
  EXPECT_EQ(countSeverity(ds, Severity::warning), 1u);
  EXPECT_STREQ(severityName(Severity::warning), "warning");
}

}  // namespace
}  // namespace leren::core
