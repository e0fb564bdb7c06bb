#pragma once
// One function per screen. Each draws the whole screen (inside beginScreen/endScreen) and
// turns the learner's input into changes of the Model.
#include <functional>
#include <string>
#include <vector>

#include "ui/app_model.hpp"
#include "ui/context.hpp"

namespace leren::ui {

// Never inlined into App::frame, their one caller: the wasm is split by function
// (scripts/split-wasm.mjs), and the screens the first screen does not draw belong in the second
// part; inlined, every screen would sit in the first part with App::frame.
[[gnu::noinline]] void drawHome(Ui& ui, Model& model);
[[gnu::noinline]] void drawPage(Ui& ui, Model& model);
[[gnu::noinline]] void drawQuiz(Ui& ui, Model& model);
[[gnu::noinline]] void drawModuleDone(Ui& ui, Model& model);
[[gnu::noinline]] void drawCase(Ui& ui, Model& model);
[[gnu::noinline]] void drawProgress(Ui& ui, Model& model);
[[gnu::noinline]] void drawSettings(Ui& ui, Model& model);
[[gnu::noinline]] void drawGlossary(Ui& ui, Model& model);
[[gnu::noinline]] void drawProblems(Ui& ui, Model& model);
[[gnu::noinline]] void drawTrainer(Ui& ui, Model& model);

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
