#include "core/markdown_reference.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

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

// Texts made of the subset's pieces as authors write them (emphasis against letters, links,
// lists with nesting and lazy lines, headings, Dutch punctuation and quotes): the page's reader
// and md4c must agree on every one. Deterministic: the same 20,000 texts each run.
TEST(MarkdownReference, AgreesOnGeneratedTextsOfTheSubset) {
  static const char* const kPieces[] = {"woord",
                                        "twee woorden",
                                        " ",
                                        " ",
                                        "**vet**",
                                        "*schuin*",
                                        "***beide***",
                                        "_ook schuin_",
                                        "**vet *en* vet**",
                                        "[de wet](https://wetten.overheid.nl)",
                                        "[begrip](glossary:wmo)",
                                        "[**vet** link](https://x.nl \"titel\")",
                                        "(",
                                        ")",
                                        ", ",
                                        ". ",
                                        ": ",
                                        "; ",
                                        "—",
                                        "–",
                                        "„",
                                        "”",
                                        "‘",
                                        "’",
                                        "é",
                                        "€ 21",
                                        "&amp;",
                                        "3",
                                        "2025",
                                        "\n",
                                        "\n\n",
                                        "\n  vervolg ",
                                        "\n- punt ",
                                        "\n  - dieper ",
                                        "\n1. een ",
                                        "\n2. twee ",
                                        "\n## Kop ",
                                        "\n### Kop ",
                                        "\nKop\n---\n",
                                        "\n***\n",
                                        "melding_bevestigd",
                                        "a < b",
                                        "\\*",
                                        "<https://x.nl>"};
  uint32_t seed = 20261207;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) & 0xFFFFFF;
  };
  int differ = 0;
  std::string first;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const uint32_t pieces = 1 + next() % 16;
    for (uint32_t k = 0; k < pieces; ++k) text += kPieces[next() % (sizeof kPieces / sizeof kPieces[0])];
    // Two blank lines in a row inside a list: md4c 0.4.8 still ends or flattens the list there,
    // as CommonMark did before 0.26; the page reads it as CommonMark does now.
    if (text.find("\n\n\n") != std::string::npos) continue;
    if (readsLikeCommonMark(text, parse(text))) continue;
    if (differ++ == 0) first = text;
  }
  EXPECT_EQ(differ, 0) << "first: " << first;
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
