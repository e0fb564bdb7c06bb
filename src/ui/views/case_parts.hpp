#pragma once
// The parts of the case player (views/case_*.cpp), shared by its screens.
#include "core/case_engine.hpp"
#include "ui/app_model.hpp"
#include "ui/context.hpp"
#include "ui/rich_text.hpp"

namespace leren::ui {

// The state beside the story: the gezondheid radar (before / now) and the status variables.
void statePanel(Ui& ui, const core::CaseRun& run);

// What the choice just made led to, opening the next scene: the choice, its consequence (the
// story, never a verdict) and the visible state it changed. Then the coaching (why), at once
// in a basis case, on request in a gevorderd case, in the debrief for expert cases and in a
// toets. `live`: whether it is announced (not on the ending, which announces its header).
void consequenceOfLastChoice(Ui& ui, Model& model, const core::CaseRun& run, RichTextEvents& ev,
                             Live live = Live::polite);

// The coaching of a choice (the rule, the article, the source) with its "learn more" link.
void coaching(Ui& ui, Model& model, const std::string& id, const core::Choice& choice, RichTextEvents& ev);

// The ending: what happened, whether this run counts, scores, the debrief of the learner's own
// path with the decisive moments, the content's debrief, discussion questions, the map.
void caseEnding(Ui& ui, Model& model, RichTextEvents& ev);

// "Terug" and "Opnieuw beginnen" as the mode allows, and the history with "wat als?".
void caseControls(Ui& ui, Model& model);

}  // namespace leren::ui
