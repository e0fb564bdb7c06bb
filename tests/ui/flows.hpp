#pragma once
// Steps a learner takes, shared by the UI tests: open a page of a module, answer a question,
// start a case and play it by a strategy.
#include <string>

#include "ui_harness.hpp"

namespace leren::ui::test {

// From home to page `page` of module `module` (indices).
void openPage(UiHarness& h, size_t module, size_t page);
// From a module's last page to its knowledge check.
void openQuiz(UiHarness& h, size_t module);
// Answers the question on screen correctly (or with its first wrong option) and checks it.
void answerQuestion(UiHarness& h, const core::Question& q, bool correctly);
// Home, the case's intro, then a fresh start.
void startCase(UiHarness& h, size_t caseIndex);
// Makes a choice and waits for what follows it.
void choose(UiHarness& h, const std::string& choiceId);
// Plays until an ending: "best" / "worst" pick by total points among the offered choices,
// anything else mixes. Returns the ending's id.
std::string playCase(UiHarness& h, const std::string& strategy);

}  // namespace leren::ui::test
