// After a choice: the consequence first (what happens, what people say and do), then the state
// it changed, then the coaching — shown when the difficulty and the mode say so.
#include <imgui.h>

#include <cmath>

#include "ui/figures/figures.hpp"
#include "ui/views/case_parts.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

// "Vertrouwen 5 → 6 · Weken 3 → 7": the visible variables the step changed.
std::string visibleChanges(Ui& ui, const core::Case& c, const core::CaseStep& step) {
  std::string out;
  for (size_t i = 0; i < c.variables.size(); ++i) {
    const core::Variable& v = c.variables[i];
    const double a = step.before.variables[i], b = step.after.variables[i];
    if (v.group == core::VariableGroup::verborgen || a == b) continue;
    if (!out.empty()) out += " \xC2\xB7 ";
    out += ui.text(v.label) + " ";
    if (v.type == core::VariableType::flag)
      out += ui.tr(b != 0 ? "common.yes" : "common.no");
    else
      out += formatNumber(a, 0, ui.lang) + " \xE2\x86\x92 " + formatNumber(b, 0, ui.lang);
  }
  return out;
}

}  // namespace

void coaching(Ui& ui, Model& model, const std::string& id, const core::Choice& choice, RichTextEvents& ev) {
  richText(ui, id + ".text", ui.text(choice.coaching), ev);
  if (!choice.learnMore) return;
  const core::LearnMore& lm = *choice.learnMore;
  if (lm.moduleIndex >= model.course.modules.size()) return;
  const core::Module& m = model.course.modules[lm.moduleIndex];
  if (!m.available || lm.pageIndex >= m.pages.size()) return;
  const std::string label = ui.tr("case.learn_more") + ": " + ui.text(m.pages[lm.pageIndex].title);
  if (link(ui, id + ".learn", label))
    model.go(Nav{Screen::page, static_cast<int>(lm.moduleIndex), static_cast<int>(lm.pageIndex)});
}

void consequenceOfLastChoice(Ui& ui, Model& model, const core::CaseRun& run, RichTextEvents& ev, Live live) {
  if (run.history().empty()) return;
  const core::CaseStep& step = run.history().back();
  const core::Choice& choice = run.choiceOf(step);
  {
    // A card of its own: what happened belongs to the choice, not to the scene around it.
    Box card(ui, "case.consequence", Tone::plain, "", live);
    ui.sem.openScope().label = ui.tr("case.consequence");
    smallText(ui, "case.consequence.choice", ui.tr("case.you_chose") + ": " + ui.text(choice.text));
    richText(ui, "case.consequence.text", ui.text(choice.consequence), ev);
    const std::string changes = visibleChanges(ui, run.caseData(), step);
    if (!changes.empty()) smallText(ui, "case.consequence.changes", changes);
  }
  const core::Difficulty level = run.caseData().difficulty;
  if (model.learner.mode() == core::Mode::toets || level == core::Difficulty::expert || choice.coaching.empty()) {
    gap(ui, 6);
    return;  // in the debrief
  }
  if (level == core::Difficulty::basis) {
    Box box(ui, "case.coaching", Tone::info, ui.tr("case.coaching"));
    coaching(ui, model, "case.coaching", choice, ev);
  } else if (disclosure(ui, "case.coaching", ui.tr("case.coaching.ask"))) {
    Box box(ui, "case.coaching.box", Tone::info, ui.tr("case.coaching"));
    coaching(ui, model, "case.coaching", choice, ev);
  }
  gap(ui, 6);
}

}  // namespace leren::ui
