#pragma once
// One function per screen. Each draws the whole screen (inside beginScreen/endScreen) and
// turns the learner's input into changes of the Model.
#include <functional>
#include <string>
#include <vector>

#include "ui/app_model.hpp"
#include "ui/context.hpp"

namespace leren::ui {

void drawHome(Ui& ui, Model& model);
void drawPage(Ui& ui, Model& model);
void drawQuiz(Ui& ui, Model& model);
void drawModuleDone(Ui& ui, Model& model);
void drawCase(Ui& ui, Model& model);
void drawProgress(Ui& ui, Model& model);
void drawSettings(Ui& ui, Model& model);
void drawGlossary(Ui& ui, Model& model);
void drawProblems(Ui& ui, Model& model);
void drawTrainer(Ui& ui, Model& model);

// A tooltip with a glossary term's definition (hover; a tap opens the popup instead).
void glossaryTooltip(Ui& ui, const Model& model, const std::string& termId);

// The definition popup for model.glossaryTerm (drawn on top of any screen).
void drawGlossaryPopup(Ui& ui, Model& model);

// A button that copies `text()` to the clipboard and then says so beside it ("Gekopieerd", a
// polite live status) until the learner goes elsewhere.
void copyButton(Ui& ui, Model& model, const std::string& id, const std::string& label,
                const std::function<std::string()>& text);

// "Bronnen" list with links and the peildatum (pages, case endings).
void drawSources(Ui& ui, Model& model, const std::string& id, const std::vector<core::Source>& sources,
                 const std::string& peildatum);

}  // namespace leren::ui
