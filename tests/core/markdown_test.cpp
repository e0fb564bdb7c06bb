#include <gtest/gtest.h>

#include "core/markdown.hpp"

namespace leren::core::md {
namespace {

TEST(Markdown, HeadingsParagraphsAndStyles) {
  RichText t = parse("## Titel\nEen **vet** en *schuin* woord.\n\nTweede ***beide***.");
  ASSERT_EQ(t.blocks.size(), 3u);
  EXPECT_EQ(t.blocks[0].kind, BlockKind::heading);
  EXPECT_EQ(t.blocks[0].level, 2);
  EXPECT_EQ(t.blocks[0].spans[0].text, "Titel");
  const Block& p = t.blocks[1];
  EXPECT_EQ(p.kind, BlockKind::paragraph);
  ASSERT_EQ(p.spans.size(), 5u);
  EXPECT_EQ(p.spans[0].text, "Een ");
  EXPECT_TRUE(p.spans[1].bold);
  EXPECT_FALSE(p.spans[1].italic);
  EXPECT_EQ(p.spans[1].text, "vet");
  EXPECT_TRUE(p.spans[3].italic);
  EXPECT_EQ(p.spans[4].text, " woord.");
  const Span& both = t.blocks[2].spans[1];
  EXPECT_TRUE(both.bold);
  EXPECT_TRUE(both.italic);
  EXPECT_TRUE(t.unsupported.empty());
}

TEST(Markdown, ListsKeepLevelAndNumber) {
  RichText t = parse("- een\n- twee\n  - diep\n\n3. drie\n4. vier\n");
  ASSERT_EQ(t.blocks.size(), 5u);
  EXPECT_EQ(t.blocks[0].kind, BlockKind::listItem);
  EXPECT_EQ(t.blocks[0].level, 1);
  EXPECT_EQ(t.blocks[0].orderedIndex, 0);
  EXPECT_EQ(t.blocks[2].level, 2);
  EXPECT_EQ(t.blocks[2].spans[0].text, "diep");
  EXPECT_EQ(t.blocks[3].orderedIndex, 3);
  EXPECT_EQ(t.blocks[4].orderedIndex, 4);
  EXPECT_EQ(t.blocks[4].spans[0].text, "vier");
}

TEST(Markdown, LooseListItemsKeepTheirText) {
  RichText t = parse("1. een\n\n2. twee\n");
  ASSERT_EQ(t.blocks.size(), 2u);
  EXPECT_EQ(t.blocks[0].kind, BlockKind::listItem);
  EXPECT_EQ(t.blocks[1].orderedIndex, 2);
}

TEST(Markdown, LinksAndGlossaryReferences) {
  RichText t = parse("Zie [de wet](https://wetten.overheid.nl) en het [gesprek](glossary:keukentafelgesprek).");
  const auto& spans = t.blocks.at(0).spans;
  ASSERT_EQ(spans.size(), 5u);
  EXPECT_EQ(spans[1].kind, SpanKind::link);
  EXPECT_EQ(spans[1].target, "https://wetten.overheid.nl");
  EXPECT_EQ(spans[1].text, "de wet");
  EXPECT_EQ(spans[3].kind, SpanKind::glossary);
  EXPECT_EQ(spans[3].target, "keukentafelgesprek");
  EXPECT_EQ(glossaryLinks(t), std::vector<std::string>{"keukentafelgesprek"});
}

TEST(Markdown, StyledGlossaryLinkCountsOnce) {
  RichText t = parse("[**vet** gewoon](glossary:x) en [y](glossary:y) en [x](glossary:x)");
  EXPECT_EQ(glossaryLinks(t), (std::vector<std::string>{"x", "y", "x"}));
}

TEST(Markdown, UnsupportedMarkupIsReported) {
  EXPECT_EQ(parse("<b>x</b>").unsupported.at(0).what, "html");
  EXPECT_EQ(parse("![plaatje](a.png)").unsupported.at(0).what, "image");
  EXPECT_EQ(parse("a `code` b").unsupported.at(0).what, "code");
  EXPECT_EQ(parse("| a | b |\n|---|---|\n| 1 | 2 |\n").unsupported.at(0).what, "table");
  EXPECT_EQ(parse("> quote").unsupported.at(0).what, "quote");
  EXPECT_TRUE(parse("gewoon").unsupported.empty());
}

TEST(Markdown, EntitiesAndBreaks) {
  RichText t = parse("a &amp; b\nc");
  EXPECT_EQ(plainText(t), "a & b c");
}

TEST(Markdown, PlainTextAndWords) {
  RichText t = parse("# Kop\nTwee **woorden** hier, 21 euro.");
  EXPECT_EQ(plainText(t), "Kop\nTwee woorden hier, 21 euro.");
  EXPECT_EQ(countWords(plainText(t)), 6);
  EXPECT_EQ(countWords("één café — ok"), 3);
  EXPECT_EQ(countWords(""), 0);
  EXPECT_TRUE(parse("").blocks.empty());
}

}  // namespace
}  // namespace leren::core::md
