// The content lint: one small case or question per rule, the rule firing and not firing.
#include "core/content_lint.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "case_builder.hpp"
#include "core/cue_words.hpp"
#include "core/loader.hpp"

using namespace leren::core;
using leren::core::test::CaseBuilder;

namespace {

using Codes = std::vector<std::pair<std::string, std::string>>;

Codes codes(const std::vector<Diagnostic>& ds) {
  Codes out;
  for (const Diagnostic& d : ds) {
    EXPECT_EQ(d.severity, Severity::warning);
    EXPECT_FALSE(d.message.nl.empty());
    EXPECT_FALSE(d.message.en.empty());
    EXPECT_NE(d.message.nl, d.message.en);
    out.emplace_back(d.code, d.pointer);
  }
  return out;
}

void setText(Choice& ch, const std::string& nl, const std::string& en) { ch.text = {nl, en}; }

// A decision between three options of equal length; `beste` (2 points) goes to another scene
// than the other two.
CaseBuilder decision() {
  CaseBuilder b("lint");
  b.flag("gebeld", false)
      .dimension("vraag", 1)
      .node("n1")
      .choice("beste", "n2", "", {"gebeld = true"}, {{"vraag", 2}})
      .choice("tweede", "n3", "", {}, {{"vraag", 1}})
      .choice("derde", "n3", "", {}, {{"vraag", -1}})
      .node("n2")
      .choice("a", "einde", "", {}, {{"vraag", 1}})
      .choice("b", "einde")
      .variant("gebeld", "Je belde al.")
      .node("n3")
      .choice("a", "einde", "", {}, {{"vraag", 1}})
      .choice("b", "n2")
      .ending("einde");
  return b;
}

// Equal lengths in both languages, no cue words, no verdicts.
Case cleanDecision() {
  Case c = decision().build();
  setText(c.nodes[0].choices[0], "Bel de huisarts op.", "Phone the GP now.");
  setText(c.nodes[0].choices[1], "Stuur een brief op.", "Send him a letter.");
  setText(c.nodes[0].choices[2], "Wacht een week af.", "Wait for a week.");
  return c;
}

TEST(CueWords, MatchAtTheStartOfAWordOnly) {
  EXPECT_EQ(cues::cueWordsIn("Maak **samen** een plan"), (std::vector<std::string_view>{"samen"}));
  EXPECT_EQ(cues::cueWordsIn("Zoek samenwerking"), (std::vector<std::string_view>{"samen"}));
  EXPECT_TRUE(cues::cueWordsIn("Stuur de aanvraag").empty());
  EXPECT_EQ(cues::cueWordsIn("Vraag door en luister, zonder te oordelen"),
            (std::vector<std::string_view>{"zonder te oordelen", "vraag", "luister"}));
  EXPECT_EQ(cues::countCueWords("Samen, samen en nog eens samen; ask and listen"), 5u);
  EXPECT_EQ(cues::cueWordsIn("Bespreek het met de cliënt"), (std::vector<std::string_view>{"met de cliënt"}));
}

TEST(CueWords, OpeningVerdicts) {
  EXPECT_EQ(cues::openingVerdict("Goed. Je belt."), "goed");
  EXPECT_EQ(cues::openingVerdict("**Helaas**: te laat."), "helaas");
  EXPECT_EQ(cues::openingVerdict("  Well done, that works."), "well done");
  EXPECT_EQ(cues::openingVerdict("Goede vraag, zegt ze."), "");  // "Goede" is not "Goed"
  EXPECT_EQ(cues::openingVerdict("\"Goed,\" zegt Anja."), "");   // a person speaking
  EXPECT_EQ(cues::openingVerdict("Anja zucht. Goed."), "");
}

TEST(CueWords, VisibleLengthCountsWhatTheLearnerSees) {
  EXPECT_EQ(cues::visibleLength("Een [melding](glossary:melding) doen"), 16u);
  EXPECT_EQ(cues::visibleLength("cliënt"), 6u);
  EXPECT_EQ(cues::visibleLength("**vet**"), 3u);
}

TEST(ContentLint, ACleanDecisionHasNoFindings) { EXPECT_EQ(codes(lintCase(cleanDecision(), "c.json")), Codes{}); }

TEST(ContentLint, TheBestOptionMayNotBeMuchLongerThanTheOthers) {
  Case c = cleanDecision();
  // 24 characters against an average of 18.5: 1.3×.
  setText(c.nodes[0].choices[0], "Bel de huisarts nu op.!!", "Phone the GP now.");
  const auto ds = lintCase(c, "c.json");
  EXPECT_EQ(codes(ds), (Codes{{"lint.option-length", "/nodes/0/choices/0/text"}}));
  EXPECT_NE(ds[0].message.en.find("Dutch 24 characters"), std::string::npos) << ds[0].message.en;
  // Exactly at the limit is allowed: 23 against 18.5 is 1.24×.
  setText(c.nodes[0].choices[0], "Bel de huisarts nu op.!", "Phone the GP now.");
  EXPECT_EQ(codes(lintCase(c, "c.json")), Codes{});
  // The English text counts too.
  setText(c.nodes[0].choices[0], "Bel de huisarts op.", "Phone the GP straight away.");
  EXPECT_EQ(codes(lintCase(c, "c.json")), (Codes{{"lint.option-length", "/nodes/0/choices/0/text"}}));
  // A long option that is not the best is fine.
  Case d = cleanDecision();
  setText(d.nodes[0].choices[2], "Wacht een week af en kijk dan verder.", "Wait for a week and see.");
  EXPECT_EQ(codes(lintCase(d, "c.json")), Codes{});
}

TEST(ContentLint, CueWordsOnlyInTheBestOption) {
  Case c = cleanDecision();
  setText(c.nodes[0].choices[0], "Bel samen de huisarts.", "Phone the GP now.");
  EXPECT_EQ(codes(lintCase(c, "c.json")), (Codes{{"lint.cue-word", "/nodes/0/choices/0/text"}}));
  // The same word in another option: no cue.
  setText(c.nodes[0].choices[1], "Schrijf samen een brief.", "Send him a letter.");
  EXPECT_EQ(codes(lintCase(c, "c.json")), Codes{});
  // English on its own.
  Case d = cleanDecision();
  setText(d.nodes[0].choices[0], "Bel de huisarts op.", "Listen, then phone.");
  const auto ds = lintCase(d, "c.json");
  EXPECT_EQ(codes(ds), (Codes{{"lint.cue-word", "/nodes/0/choices/0/text"}}));
  EXPECT_NE(ds[0].message.nl.find("\"listen\""), std::string::npos);
}

TEST(ContentLint, ConsequenceCoachingAndLegacyFeedbackMustNotOpenWithAVerdict) {
  Case c = cleanDecision();
  c.nodes[0].choices[1].consequence = {"Helaas, de brief komt te laat.", "The letter arrives late."};
  c.nodes[0].choices[2].coaching = {"De Wmo vraagt een onderzoek.", "Correct: the Wmo asks for an assessment."};
  EXPECT_EQ(codes(lintCase(c, "c.json")), (Codes{{"lint.verdict-opening", "/nodes/0/choices/1/consequence/nl"},
                                                 {"lint.verdict-opening", "/nodes/0/choices/2/coaching/en"}}));
  // Legacy: the text came from `feedback` (no consequence): the finding points there.
  Case d = cleanDecision();
  d.nodes[1].choices[0].consequence = {};
  d.nodes[1].choices[0].coaching = {"Sterk gedaan.", "Strong move."};
  EXPECT_EQ(codes(lintCase(d, "c.json")), (Codes{{"lint.verdict-opening", "/nodes/1/choices/0/feedback/nl"},
                                                 {"lint.verdict-opening", "/nodes/1/choices/0/feedback/en"}}));
}

TEST(ContentLint, TheStoryMayNotIgnoreTheLearner) {
  // n3's choices both lead to... change them so both lead to n2, which reads `gebeld`: only a
  // choice that sets `gebeld` makes that variant answer the choice.
  Case c = cleanDecision();
  c.nodes[2].choices[0].target = c.nodes[2].choices[1].target;  // both to n2
  c.nodes[2].choices[0].next = "n2";
  EXPECT_EQ(codes(lintCase(c, "c.json")), (Codes{{"lint.story-ignores-learner", "/nodes/2/choices"}}));
  // When one of them sets what n2's variant reads, n2 acknowledges the way in.
  auto parsed = expr::parseEffect("gebeld = true");
  ASSERT_TRUE(parsed.effect);
  c.nodes[2].choices[1].effects.push_back(*parsed.effect);
  EXPECT_EQ(codes(lintCase(c, "c.json")), Codes{});
  // A branch that reads a score the choices change counts as well.
  Case d = CaseBuilder("tak")
               .dimension("vraag", 1)
               .node("n1")
               .choice("x", "n2", "", {}, {{"vraag", 1}})
               .choice("y", "n2")
               .node("n2")
               .branch("goed", "score.vraag >= 1")
               .branch("slecht")
               .ending("goed")
               .ending("slecht", Rating::poor)
               .build();
  d.nodes[0].choices[1].text = d.nodes[0].choices[0].text;
  EXPECT_EQ(codes(lintCase(d, "c.json")), Codes{});
  d.nodes[1].branch[0].condition = leren::core::test::cond("true");
  EXPECT_EQ(codes(lintCase(d, "c.json")), (Codes{{"lint.story-ignores-learner", "/nodes/0/choices"}}));
}

TEST(ContentLint, TheBestChoiceMustBeUnique) {
  Case c = cleanDecision();
  c.nodes[0].choices[1].score = c.nodes[0].choices[0].score;
  EXPECT_EQ(codes(lintCase(c, "c.json")), (Codes{{"lint.best-not-unique", "/nodes/0/choices"}}));
}

Question question(QuestionType type, std::vector<std::tuple<std::string, bool>> options) {
  Question q;
  q.id = "q";
  q.type = type;
  for (auto& [text, correct] : options)
    q.options.push_back({"o" + std::to_string(q.options.size()), {text, text}, correct, {}, false});
  return q;
}

TEST(ContentLint, QuizKeysMayNotBeMuchLongerThanTheWrongOptions) {
  Module m;
  m.quiz.questions.push_back(question(
      QuestionType::single, {{"Zes weken", false}, {"Acht weken na de melding", true}, {"Twee weken", false}}));
  EXPECT_EQ(codes(lintModule(m, "m.json")), (Codes{{"lint.quiz-key-length", "/quiz/questions/0/options/1/text"}}));
  m.quiz.questions[0] =
      question(QuestionType::single, {{"Zes weken", false}, {"Acht weken", true}, {"Twee weken", false}});
  EXPECT_EQ(codes(lintModule(m, "m.json")), Codes{});
  // Multiple: the correct options on average against the wrong ones.
  m.quiz.questions[0] = question(
      QuestionType::multiple, {{"De inwoner zelf", true}, {"Een mantelzorger namens hem", true}, {"Niemand", false}});
  EXPECT_EQ(codes(lintModule(m, "m.json")), (Codes{{"lint.quiz-key-length", "/quiz/questions/0/options/1/text"}}));
  // A question inside a page is checked the same way.
  Module p;
  p.pages.push_back(Page{});
  p.pages[0].blocks.push_back(TextBlock{});
  p.pages[0].blocks.push_back(CheckBlock{question(
      QuestionType::single, {{"Het CIZ, na een aanvraag", true}, {"De gemeente", false}, {"Het UWV", false}})});
  EXPECT_EQ(codes(lintModule(p, "m.json")),
            (Codes{{"lint.quiz-key-length", "/pages/0/blocks/1/question/options/0/text"}}));
}

// Through the loader: findings get a line and column like every diagnostic.
TEST(ContentLint, FindingsCarryTheirPositionInTheFile) {
  DirectoryFileSource dir(std::string(LEREN_TEST_DATA_DIR) + "/valid");
  MemoryFileSource overlay;
  OverlayFileSource files(dir, overlay);
  auto k = nlohmann::json::parse(*dir.read("cases/01-mantelzorg.json"));
  k["nodes"][0]["choices"][0]["consequence"]["nl"] = "Goed zo. Anja zucht.";
  overlay.set("cases/01-mantelzorg.json", k.dump(2));
  const Course course = loadCourse(files);
  const auto all = allDiagnostics(course);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].code, "lint.verdict-opening");
  EXPECT_EQ(all[0].file, "cases/01-mantelzorg.json");
  EXPECT_EQ(all[0].pointer, "/nodes/0/choices/0/consequence/nl");
  EXPECT_GT(all[0].line, 0);
  EXPECT_GT(all[0].column, 0);
  EXPECT_TRUE(course.cases[0].available);  // warnings only
  LoadOptions quiet;
  quiet.lint = false;
  EXPECT_TRUE(allDiagnostics(loadCourse(files, "course.json", quiet)).empty());
}

}  // namespace
