#include "core/search.hpp"

#include <gtest/gtest.h>

namespace leren::core {
namespace {

Course sampleCourse() {
  Course c;
  Module m;
  m.id = "wmo";
  m.available = true;
  Page p;
  p.id = "melding";
  p.title = {"De melding", "The melding"};
  p.blocks.push_back(
      TextBlock{{"Iedereen kan een **melding** doen. Daarna volgt het onderzoek met gratis cliëntondersteuning.",
                 "Anyone can make a **melding**. Then comes the investigation with free cliëntondersteuning."}});
  m.pages.push_back(p);
  c.modules.push_back(m);
  Module broken;
  broken.id = "broken";
  broken.available = false;
  broken.pages.push_back(p);
  c.modules.push_back(broken);
  Case k;
  k.id = "dementie";
  k.available = true;
  k.title = {"Ze vergeet alles", "She forgets everything"};
  k.summary = {"Een mantelzorger die het niet meer trekt.", "A carer at the end of his tether."};
  c.cases.push_back(k);
  Term t;
  t.id = "keukentafelgesprek";
  t.term = {"keukentafelgesprek", "keukentafelgesprek"};
  t.definition = {"Het gesprek bij iemand thuis.", "The conversation at home."};
  t.synonyms.nl = {"onderzoek"};
  c.glossary.terms.push_back(t);
  return c;
}

TEST(Search, FoldsCaseAndAccents) {
  EXPECT_EQ(foldForSearch("Cliënt ÉÉN Ärger ÿ"), "client een arger y");
  // Latin Extended-A too, its ligatures as two letters.
  EXPECT_EQ(foldForSearch("Ayşe Łódź Ĳs œuvre Ğ"), "ayse lodz ijs oeuvre g");
  // Other letters are left as they are (never mangled into other bytes).
  EXPECT_EQ(foldForSearch("Ωμέγα"), "Ωμέγα");
}

// A letter of Latin Extended-A is part of its word: "Ayşe" was the words "ay" and "e", which
// half the course contains.
TEST(Search, ANameWithLatinExtendedAFindsOnlyItself) {
  Course c = sampleCourse();
  c.modules[0].pages[0].blocks.push_back(TextBlock{{"Het gesprek was okay, zei de cli\xC3\xABnt.", "It was okay."}});
  EXPECT_TRUE(SearchIndex(c)
                  .find("Ay\xC5\x9F"
                        "e",
                        Lang::nl)
                  .empty());  // not the "ay" of okay and an "e"
  c.modules[0].pages[0].blocks.push_back(
      TextBlock{{"Mevrouw Ay\xC5\x9F"
                 "e Demir belt.",
                 "Mrs Ay\xC5\x9F"
                 "e Demir calls."}});
  const SearchIndex index(c);
  for (const char* query : {"Ay\xC5\x9F"
                            "e",
                            "ayse",
                            "AY\xC5\x9E"
                            "E demir"}) {
    const auto hits = index.find(query, Lang::nl);
    ASSERT_EQ(hits.size(), 1u) << query;
    EXPECT_NE(hits[0].snippet.find("Ay\xC5\x9F"
                                   "e Demir"),
              std::string::npos)
        << hits[0].snippet;
  }
}

TEST(Search, FindsPagesCasesAndTermsAcrossAccents) {
  const SearchIndex index(sampleCourse());
  auto hits = index.find("clientondersteuning", Lang::nl);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].kind, SearchHit::Kind::page);
  EXPECT_EQ(hits[0].module, 0u);
  EXPECT_EQ(hits[0].title, "De melding");
  EXPECT_NE(hits[0].snippet.find("cliëntondersteuning"), std::string::npos);

  hits = index.find("mantelzorger", Lang::nl);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].kind, SearchHit::Kind::caseScenario);

  hits = index.find("keukentafel", Lang::en);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].termId, "keukentafelgesprek");
}

TEST(Search, EveryWordMustMatchAndTitleHitsRankFirst) {
  const SearchIndex index(sampleCourse());
  EXPECT_TRUE(index.find("melding banaan", Lang::nl).empty());
  // "onderzoek" is in the page text and in the term's synonyms; neither is a title hit.
  auto hits = index.find("onderzoek", Lang::nl);
  EXPECT_EQ(hits.size(), 2u);
  hits = index.find("melding", Lang::nl);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].title, "De melding");
}

TEST(Search, SkipsUnavailableModulesAndEmptyQueries) {
  const SearchIndex index(sampleCourse());
  for (const auto& h : index.find("melding", Lang::nl)) EXPECT_EQ(h.module, 0u);
  EXPECT_TRUE(index.find("  ,. ", Lang::nl).empty());
}

}  // namespace
}  // namespace leren::core
