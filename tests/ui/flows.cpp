#include "flows.hpp"

#include <algorithm>

namespace leren::ui::test {

void openPage(UiHarness& h, size_t module, size_t page) {
  const core::Module& m = h.course().modules[module];
  if (h.screen() != "home") h.go("nav.home", "home");
  h.go("home.module." + m.id, "page." + m.id + "." + m.pages[0].id);
  for (size_t i = 1; i <= page; ++i) h.go("page.next", "page." + m.id + "." + m.pages[i].id);
}

void openQuiz(UiHarness& h, size_t module) {
  const core::Module& m = h.course().modules[module];
  openPage(h, module, m.pages.size() - 1);
  h.go("page.quiz", "quiz." + m.id + "." + m.quiz.questions[0].id);
}

void answerQuestion(UiHarness& h, const core::Question& q, bool correctly) {
  switch (q.type) {
    case core::QuestionType::single:
    case core::QuestionType::multiple:
      for (const auto& o : q.options)
        if (o.correct == correctly) {
          h.press("quiz.option." + o.id);
          if (q.type == core::QuestionType::single || !correctly) break;
        }
      break;
    case core::QuestionType::ordering:
      break;  // checked as presented
    case core::QuestionType::matching:
      for (size_t i = 0; i < q.pairs.size(); ++i) {
        const auto& match = correctly ? q.pairs[i] : q.pairs[(i + 1) % q.pairs.size()];
        h.press("quiz.term." + q.pairs[i].id + "." + match.id);
      }
      break;
  }
  h.press("quiz.check");
  EXPECT_TRUE(h.has("quiz.result")) << "checked on " << h.screen();
}

void startCase(UiHarness& h, size_t caseIndex) {
  const core::Case& c = h.course().cases[caseIndex];
  if (h.screen() != "home") h.go("nav.home", "home");
  h.go("home.case." + c.id, "case." + c.id + ".intro");
  if (h.has("case.restart")) {
    h.press("case.restart");
    if (h.has("case.restart.yes")) h.press("case.restart.yes");  // a run with choices: confirm
    h.waitFor([&](const UiHarness& x) { return x.screen() == "case." + c.id + ".node"; });
  } else {
    h.go("case.start", "case." + c.id + ".node");
  }
  EXPECT_TRUE(h.learner().activeRun()->log().empty());
}

void choose(UiHarness& h, const std::string& choiceId) {
  const size_t before = h.learner().activeRun()->log().size();
  EXPECT_TRUE(h.activate("case.choice." + choiceId)) << "choice " << choiceId << " offered on " << h.screen();
  h.waitFor([&](const UiHarness& x) { return x.learner().activeRun()->log().size() == before + 1; });
  h.settle();
}

std::string playCase(UiHarness& h, const std::string& strategy) {
  for (int step = 0; step < 200; ++step) {
    const core::CaseRun& run = *h.learner().activeRun();
    if (run.finished()) return run.ending()->id;
    const core::Node& node = *run.currentNode();
    std::vector<const core::Choice*> offered;
    for (size_t i : run.availableChoices()) offered.push_back(&node.choices[i]);
    EXPECT_FALSE(offered.empty());
    if (offered.empty()) return "";
    auto total = [](const core::Choice* c) {
      double p = 0;
      for (const auto& s : c->score) p += s.points;
      return p;
    };
    std::stable_sort(offered.begin(), offered.end(), [&](auto a, auto b) { return total(a) > total(b); });
    const core::Choice* pick = strategy == "best"    ? offered.front()
                               : strategy == "worst" ? offered.back()
                                                     : offered[(step * 7 + strategy.size()) % offered.size()];
    choose(h, pick->id);
  }
  ADD_FAILURE() << "no ending after 200 steps";
  return "";
}

}  // namespace leren::ui::test
