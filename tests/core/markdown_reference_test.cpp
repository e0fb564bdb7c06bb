#include "core/markdown_reference.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/file_source.hpp"
#include "core/full_checks.hpp"
#include "core/loader.hpp"

namespace leren::core::md {
namespace {

TEST(MarkdownReference, AgreesOnTheFormatsSubset) {
  for (const char* text : {"## Kop\nEen **vet** en *schuin* woord.\n\n- een\n  - diep\n3. drie\n4. vier",
                           "Zie [de wet](https://wetten.overheid.nl) en [gesprek](glossary:keukentafelgesprek).",
                           "a &amp; b\nc", "Titel\n---\n***", "- een\nlui vervolg\n\n  tweede\n\nna"}) {
    const RichText ours = parse(text);
    EXPECT_TRUE(readsLikeCommonMark(text, ours)) << text;
    EXPECT_TRUE(readsAlike(ours, parseReference(text))) << text;
  }
}

TEST(MarkdownReference, FindsTextsReadDifferently) {
  // md4c 0.4.8 applies the rule of three only inside words, and lets an empty item interrupt
  // a paragraph: where the page's reader (CommonMark) differs, the text gets a warning.
  for (const char* text : {"**Zorgakkoord (*[IZA](glossary:iza)*, afspraak)**", "tekst\n1. "})
    EXPECT_FALSE(readsLikeCommonMark(text, parse(text))) << text;
  RichText other = parse("een *twee*");
  other.blocks.at(0).spans.at(1).italic = false;
  EXPECT_FALSE(readsAlike(other, parse("een *twee*")));
  // With markup the format leaves out, only its kinds count (the text is drawn plainly anyway).
  EXPECT_TRUE(readsAlike(parse("> quote"), parseReference("> quote")));
}

}  // namespace
}  // namespace leren::core::md

namespace leren::core {
namespace {

constexpr const char* kReadTwoWays = "**Wet (*[Wmo](https://x.nl)*, 2015)**, *titel*";

std::string moduleWith(const DirectoryFileSource& dir, const char* en) {
  auto m = nlohmann::json::parse(*dir.read("modules/01-wmo-basis.json"), nullptr, false);
  m["pages"][0]["blocks"][1]["text"]["en"] = en;
  return m.dump(2);
}

TEST(MarkdownReference, TheLoaderAndThePagesCheckerWarnWhereTheReadersDiffer) {
  DirectoryFileSource dir(std::string(LEREN_TEST_DATA_DIR) + "/valid");
  const std::string text = moduleWith(dir, kReadTwoWays);
  MemoryFileSource overlay;
  overlay.set("modules/01-wmo-basis.json", text);
  OverlayFileSource files(dir, overlay);
  LoadOptions options;
  options.markdownReference = md::readsLikeCommonMark;
  const Course c = loadCourse(files, "course.json", options);
  const std::vector<Diagnostic> ds = allDiagnostics(c);
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].code, "markdown.reads-differently");
  EXPECT_EQ(ds[0].severity, Severity::warning);
  EXPECT_EQ(ds[0].pointer, "/pages/0/blocks/1/text/en");
  EXPECT_GT(ds[0].line, 0);
  EXPECT_TRUE(c.modules[0].available);
  // Without the reference (the page's module, the benchmark) texts are not compared.
  EXPECT_TRUE(allDiagnostics(loadCourse(files)).empty());
  // The page's checker finds it for an edited file (the page's own reader has no md4c) ...
  const std::string findings = fullChecksOfFile(false, "modules/01-wmo-basis.json", text, false);
  EXPECT_NE(findings.find("markdown.reads-differently"), std::string::npos) << findings;
  // ... and only where the readers differ.
  const std::string plain = moduleWith(dir, "**Wet** (*[Wmo](https://x.nl)*, 2015), *titel*");
  EXPECT_EQ(fullChecksOfFile(false, "modules/01-wmo-basis.json", plain, false), "[]");
}

}  // namespace
}  // namespace leren::core
