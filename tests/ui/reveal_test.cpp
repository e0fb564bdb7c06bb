// What opens below the fold comes into view: a question's verdict after "Controleer", the
// explanation of a part of a figure, "Jouw keuzes tot nu toe". Tried on a phone at 200 % text,
// where each of them would otherwise open out of sight.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <variant>

#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

constexpr float kWidth = 360, kHeight = 640;

// The element's first lines are on screen: its top is in view with room for a line below it.
::testing::AssertionResult startsInView(const UiHarness& h, const std::string& id) {
  const SemanticElement* e = h.find(id);
  if (!e) return ::testing::AssertionFailure() << "no '" << id << "' on " << h.screen();
  const float firstLine = std::min(e->rect.h, 40.0f);
  if (e->visible && e->rect.y >= 0 && e->rect.y + firstLine <= kHeight) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "'" << id << "' starts at y " << e->rect.y << " (view 0-" << kHeight
                                       << ") on " << h.screen();
}

TEST(Reveal, EveryVerdictAfterControleerComesIntoView) {
  UiHarness h({.width = kWidth, .height = kHeight});
  h.learner().setTextSize(200);
  h.settle();
  const core::Module& m = h.course().modules[0];
  openQuiz(h, 0);
  for (size_t q = 0; q < m.quiz.questions.size(); ++q) {
    answerQuestion(h, m.quiz.questions[q], true);
    EXPECT_TRUE(startsInView(h, "quiz.result")) << "question " << m.quiz.questions[q].id;
    if (q + 1 < m.quiz.questions.size()) h.press("quiz.next");
  }
}

TEST(Reveal, TheExplanationOfAnActorComesIntoView) {
  UiHarness h({.width = kWidth, .height = kHeight});
  h.learner().setTextSize(200);
  h.settle();
  size_t tried = 0;
  for (size_t mi = 0; mi < h.course().modules.size(); ++mi) {
    const core::Module& m = h.course().modules[mi];
    for (size_t pi = 0; pi < m.pages.size(); ++pi)
      for (const core::Block& b : m.pages[pi].blocks) {
        const auto* map = std::get_if<core::ActorMap>(&b);
        if (!map || map->nodes.empty()) continue;
        openPage(h, mi, pi);
        // The last actor: its explanation opens below the whole map.
        const std::string node = "figure." + map->id + ".node." + map->nodes.back().id;
        ASSERT_TRUE(h.has(node)) << node;
        h.press(node);
        EXPECT_TRUE(startsInView(h, "figure." + map->id + ".detail")) << node;
        ++tried;
      }
  }
  EXPECT_GT(tried, 0u) << "the course has an actor map";
}

TEST(Reveal, YourChoicesSoFarComeIntoViewWhenOpened) {
  UiHarness h({.width = kWidth, .height = kHeight});
  h.learner().setTextSize(200);
  h.settle();
  startCase(h, 0);
  for (int i = 0; i < 3 && h.screen().ends_with(".node"); ++i)
    choose(h, h.withPrefix("case.choice.").front()->id.substr(std::string("case.choice.").size()));
  ASSERT_TRUE(h.has("case.history"));
  h.press("case.history");
  EXPECT_TRUE(startsInView(h, "case.history.0"));
}

}  // namespace
}  // namespace leren::ui::test
