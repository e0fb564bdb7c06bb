// The format of what follows a choice (consequence, coaching, learnMore, fixed), the legacy
// `feedback`, and knowledge checks inside pages, read from the valid fixture course.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/loader.hpp"
#include "valid_course.hpp"

namespace leren::core {
namespace {

const char* kCase = "cases/01-mantelzorg.json";
const char* kFigures = "modules/02-figuren.json";

class ChoiceFormat : public test::ValidCourse {
 protected:
  Course load() { return loadCourse(files); }
  static std::vector<Diagnostic> withCode(const Course& c, const std::string& code) {
    return test::withCode(allDiagnostics(c), code);
  }
  static std::string dump(const Course& c) { return test::dump(allDiagnostics(c)); }
};

TEST_F(ChoiceFormat, ConsequenceCoachingLearnMoreAndFixedAreRead) {
  const Course c = load();
  ASSERT_TRUE(allDiagnostics(c).empty()) << dump(c);
  const Choice& ch = c.cases[0].nodes[0].choices[0];
  EXPECT_EQ(ch.consequence.nl, "Anja zucht. \"Dus er komt iemand langs?\"");
  EXPECT_EQ(ch.coaching.en, "The melding starts the six-week period for the assessment.");
  ASSERT_TRUE(ch.learnMore);
  EXPECT_EQ(ch.learnMore->module, "wmo-basis");
  EXPECT_EQ(ch.learnMore->page, "melding");
  EXPECT_EQ(c.modules[ch.learnMore->moduleIndex].id, "wmo-basis");
  EXPECT_EQ(c.modules[ch.learnMore->moduleIndex].pages[ch.learnMore->pageIndex].id, "melding");
  EXPECT_FALSE(ch.fixed);
  EXPECT_FALSE(c.cases[0].nodes[0].choices[1].learnMore);
  EXPECT_TRUE(c.cases[0].nodes[1].choices[0].fixed);
}

TEST_F(ChoiceFormat, LegacyFeedbackIsReadAsCoachingWithAWarningThatSaysHowToSplitIt) {
  auto k = json(kCase);
  auto& ch = k["nodes"][0]["choices"][1];
  ch.erase("consequence");
  ch.erase("coaching");
  ch["feedback"] = {{"nl", "Goed zo."}, {"en", "Well done."}};
  put(kCase, k);
  const Course c = load();
  const auto legacy = withCode(c, "case.feedback-legacy");
  ASSERT_EQ(legacy.size(), 1u) << dump(c);
  EXPECT_EQ(legacy[0].severity, Severity::warning);
  EXPECT_EQ(legacy[0].pointer, "/nodes/0/choices/1/feedback");
  EXPECT_GT(legacy[0].line, 0);
  EXPECT_NE(legacy[0].message.nl.find("consequence"), std::string::npos);
  EXPECT_NE(legacy[0].message.en.find("coaching"), std::string::npos);
  EXPECT_TRUE(c.cases[0].available);
  const Choice& read = c.cases[0].nodes[0].choices[1];
  EXPECT_EQ(read.coaching.nl, "Goed zo.");
  EXPECT_TRUE(read.consequence.empty());
  EXPECT_EQ(read.coaching.en, "Well done.");
}

TEST_F(ChoiceFormat, FeedbackBesideTheNewFieldsIsIgnoredWithAWarning) {
  auto k = json(kCase);
  k["nodes"][0]["choices"][0]["feedback"] = {{"nl", "Oud."}, {"en", "Old."}};
  put(kCase, k);
  const Course c = load();
  const auto legacy = withCode(c, "case.feedback-legacy");
  ASSERT_EQ(legacy.size(), 1u) << dump(c);
  EXPECT_EQ(legacy[0].pointer, "/nodes/0/choices/0/feedback");
  EXPECT_TRUE(withCode(c, "field.unknown").empty());
  EXPECT_EQ(c.cases[0].nodes[0].choices[0].coaching.nl,
            "Met de melding begint de termijn van zes weken voor het onderzoek.");
}

TEST_F(ChoiceFormat, AChoiceWithNothingAfterItIsOneError) {
  auto k = json(kCase);
  k["nodes"][0]["choices"][0].erase("consequence");
  k["nodes"][0]["choices"][0].erase("coaching");
  put(kCase, k);
  const Course c = load();
  const auto required = withCode(c, "schema.required");
  ASSERT_EQ(required.size(), 1u) << dump(c);
  EXPECT_EQ(required[0].pointer, "/nodes/0/choices/0");
  EXPECT_FALSE(c.cases[0].available);
}

TEST_F(ChoiceFormat, ConsequenceWithoutCoachingIsAnError) {
  auto k = json(kCase);
  k["nodes"][0]["choices"][0].erase("coaching");
  put(kCase, k);
  const Course c = load();
  const auto required = withCode(c, "schema.required");
  ASSERT_EQ(required.size(), 1u) << dump(c);
  EXPECT_NE(required[0].message.en.find("\"coaching\""), std::string::npos);
}

TEST_F(ChoiceFormat, LearnMoreToAPageThatDoesNotExistIsAnErrorWithItsPosition) {
  auto k = json(kCase);
  k["nodes"][0]["choices"][0]["learnMore"]["page"] = "bestaat-niet";
  put(kCase, k);
  const Course c = load();
  const auto refs = withCode(c, "ref.unresolved");
  ASSERT_EQ(refs.size(), 1u) << dump(c);
  EXPECT_EQ(refs[0].severity, Severity::error);
  EXPECT_EQ(refs[0].file, kCase);
  EXPECT_EQ(refs[0].pointer, "/nodes/0/choices/0/learnMore/page");
  EXPECT_GT(refs[0].line, 0);
  EXPECT_GT(refs[0].column, 0);
  EXPECT_NE(refs[0].message.nl.find("bestaat-niet"), std::string::npos);
  EXPECT_FALSE(c.cases[0].available);
}

TEST_F(ChoiceFormat, LearnMoreToAModuleThatDoesNotExistIsAnError) {
  auto k = json(kCase);
  k["nodes"][0]["choices"][0]["learnMore"]["module"] = "jeugdwet";
  put(kCase, k);
  const Course c = load();
  const auto refs = withCode(c, "ref.unresolved");
  ASSERT_EQ(refs.size(), 1u) << dump(c);
  EXPECT_EQ(refs[0].pointer, "/nodes/0/choices/0/learnMore/module");
}

TEST_F(ChoiceFormat, LearnMoreIntoABrokenModuleIsNotASecondError) {
  auto m = json("modules/01-wmo-basis.json");
  m["pages"][0]["id"] = "Melding";  // the module's own error
  put("modules/01-wmo-basis.json", m);
  const Course c = load();
  EXPECT_TRUE(withCode(c, "ref.unresolved").empty()) << dump(c);
  EXPECT_TRUE(c.cases[0].available);
  EXPECT_FALSE(c.cases[0].nodes[0].choices[0].learnMore);
}

TEST_F(ChoiceFormat, FixedQuizOptionsAreRead) {
  const Course c = load();
  const Question& q = c.modules[0].quiz.questions[1];
  ASSERT_EQ(q.options.size(), 3u);
  EXPECT_FALSE(q.options[0].fixed);
  EXPECT_TRUE(q.options[2].fixed);
}

TEST_F(ChoiceFormat, ACheckBlockHoldsOneQuestion) {
  const Course c = load();
  const Page& page = c.modules[1].pages[1];
  ASSERT_FALSE(page.blocks.empty());
  const auto* check = std::get_if<CheckBlock>(&page.blocks.back());
  ASSERT_NE(check, nullptr);
  EXPECT_FALSE(isFigure(page.blocks.back()));
  EXPECT_EQ(check->question.id, "c-wie-indiceert");
  EXPECT_EQ(check->question.type, QuestionType::single);
  ASSERT_EQ(check->question.options.size(), 3u);
  EXPECT_TRUE(check->question.options[0].correct);
  EXPECT_TRUE(check->question.options[2].fixed);
}

TEST_F(ChoiceFormat, ACheckQuestionIdIsUniqueWithinTheModuleQuizIncluded) {
  auto m = json(kFigures);
  auto& blocks = m["pages"][1]["blocks"];
  blocks.back()["question"]["id"] = "q-norm";  // the id of the quiz's question
  put(kFigures, m);
  const Course c = load();
  const auto dup = withCode(c, "id.duplicate");
  ASSERT_EQ(dup.size(), 1u) << dump(c);
  EXPECT_EQ(dup[0].pointer, "/quiz/questions/0/id");
  EXPECT_FALSE(c.modules[1].available);
}

TEST_F(ChoiceFormat, ACheckBlockWithoutAQuestionIsAnError) {
  auto m = json(kFigures);
  m["pages"][1]["blocks"].back().erase("question");
  put(kFigures, m);
  const Course c = load();
  const auto required = withCode(c, "schema.required");
  ASSERT_EQ(required.size(), 1u) << dump(c);
  EXPECT_EQ(required[0].pointer, "/pages/1/blocks/" + std::to_string(m["pages"][1]["blocks"].size() - 1));
}

}  // namespace
}  // namespace leren::core
