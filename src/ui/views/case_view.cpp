// The case player: the intro with personas, then each scene: the consequence of the last
// choice and its coaching (case_consequence), perspectives, the narrative, the choices in the
// learner's own order, "back", "wat als?" and restart as the mode allows, the state beside it
// (case_state_panel), and the ending with its debrief (case_ending).
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "ui/cell_row.hpp"
#include "ui/figures/figures.hpp"
#include "ui/rich_text.hpp"
#include "ui/screen.hpp"
#include "ui/views/case_map.hpp"
#include "ui/views/case_parts.hpp"
#include "ui/views/loading.hpp"
#include "ui/views/persona.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

std::string difficultyKey(core::Difficulty d) {
  return d == core::Difficulty::basis       ? "case.difficulty.basis"
         : d == core::Difficulty::gevorderd ? "case.difficulty.gevorderd"
                                            : "case.difficulty.expert";
}

// "Opnieuw beginnen": a run with choices in it that has not ended is not thrown away on one
// press; the learner confirms first (an ended run is kept in progress, so it just starts).
// Returns true once the case has been restarted.
bool restartButton(Ui& ui, Model& model, ButtonKind kind) {
  core::Learner& learner = model.learner;
  const core::CaseRun& run = *learner.activeRun();
  const bool loses = !run.finished() && !run.log().empty();
  if (!model.confirmRestart || !loses) {
    model.confirmRestart = false;
    if (!button(ui, "case.restart", ui.tr("case.restart"), kind)) return false;
    if (loses) {
      model.confirmRestart = true;
      ui.sem.setFocusTarget("case.restart.dialog");
      ui.wantRedraw = true;
      return false;
    }
    learner.restartCase();
    return true;
  }
  ImGui::NewLine();
  Scope dialog(ui, "case.restart.dialog", Role::alertdialog, ui.tr("case.restart.confirm"));
  notice(ui, "case.restart.text", Tone::warning, ui.tr("case.restart.confirm"),
         ui.i18n.format("case.restart.loses", ui.lang, {{"n", std::to_string(run.log().size())}}));
  if (button(ui, "case.restart.yes", ui.tr("case.restart.yes"), ButtonKind::danger)) {
    model.confirmRestart = false;
    learner.restartCase();
    return true;
  }
  ImGui::SameLine();
  if (button(ui, "case.restart.no", ui.tr("case.restart.no"), ButtonKind::secondary)) {
    model.confirmRestart = false;
    ui.sem.setFocusTarget("case.restart");
  }
  return false;
}

void intro(Ui& ui, Model& model, const core::Case& c, RichTextEvents& ev) {
  heading(ui, "case.title", ui.text(c.title), 1);
  smallText(ui, "case.meta",
            ui.i18n.format("home.case.meta", ui.lang, {{"min", std::to_string(c.minutes)}}) + " \xC2\xB7 " +
                ui.tr(difficultyKey(c.difficulty)) + " \xC2\xB7 " + ui.tr("case.role") + ": " + ui.text(c.role));
  richText(ui, "case.intro", ui.text(c.intro), ev);
  heading(ui, "case.personas", ui.tr("case.personas"), 2);
  for (const auto& p : c.personas) {
    std::string who = p.name + (p.age ? " (" + std::to_string(*p.age) + ")" : "");
    // The avatar (or portrait) beside the persona's box; decorative: the box names them.
    avatar(ui, "case.persona." + p.id + ".avatar", personaLeading(ui, model, c, p), ui.px(56), true);
    ImGui::SameLine(0, ui.px(12));
    notice(ui, "case.persona." + p.id, Tone::info, who, ui.text(p.description));
  }
  heading(ui, "case.objectives", ui.tr("case.objectives"), 2);
  {
    Scope list(ui, "case.objectives.list", Role::list, ui.tr("case.objectives"));
    for (size_t i = 0; i < c.objectives.size(); ++i)
      bulletText(ui, "case.objective." + std::to_string(i), ui.text(c.objectives[i]));
  }
  gap(ui, 8);
  const core::CaseRun* run = model.learner.activeRun();
  const bool resume = run && !run->log().empty();
  if (model.learner.mode() == core::Mode::toets)
    notice(ui, "case.toets", Tone::info, ui.tr("case.toets"), ui.tr("case.toets.text"));
  if (button(ui, "case.start", ui.tr(resume ? "case.resume" : "case.start"))) model.caseStarted = true;
  if (resume && model.learner.canRestart()) {
    ImGui::SameLine();
    if (restartButton(ui, model, ButtonKind::secondary)) model.caseStarted = true;
  }
}

void historyPanel(Ui& ui, Model& model) {
  const core::CaseRun& run = *model.learner.activeRun();
  if (run.history().empty() || !model.learner.canUndo()) return;
  if (!disclosure(ui, "case.history", ui.tr("case.history"))) return;
  Scope list(ui, "case.history.list", Role::list, ui.tr("case.history"));
  for (size_t i = 0; i < run.history().size(); ++i) {
    const core::CaseStep& step = run.history()[i];
    const core::Node& n = run.caseData().nodes[step.node];
    const std::string label = std::to_string(i + 1) + ". " + (n.title.empty() ? n.id : ui.text(n.title)) + ": " +
                              ui.text(run.choiceOf(step).text);
    paragraph(ui, "case.history." + std::to_string(i), label, true);
    if (button(ui, "case.whatif." + std::to_string(i), ui.tr("case.whatif"), ButtonKind::ghost)) {
      model.learner.whatIf(i);
      return;
    }
  }
}

void playing(Ui& ui, Model& model, RichTextEvents& ev) {
  const core::CaseRun& run = *model.learner.activeRun();
  const core::Case& c = run.caseData();
  const core::Node* node = run.currentNode();
  if (!node) return;
  consequenceOfLastChoice(ui, model, run, ev);
  smallText(ui, "case.step", ui.i18n.format("case.step", ui.lang, {{"n", std::to_string(run.history().size() + 1)}}));
  if (!node->title.empty()) heading(ui, "case.node.title", ui.text(node->title), 2);
  if (!node->speaker.empty())
    for (const auto& p : c.personas)
      if (p.id == node->speaker) {
        // Who speaks: their avatar, as in the intro, and their name beside it.
        const float size = ui.px(32);
        const float y = ImGui::GetCursorPosY();
        avatar(ui, "case.node.speaker.avatar", personaLeading(ui, model, c, p), size, true);
        ImGui::SameLine(0, ui.px(8));
        ImGui::SetCursorPosY(y + (size - ui.fonts.small->FontSize) / 2);
        smallText(ui, "case.node.speaker", p.name);
      }
  // Perspectives: the same moment seen from the client, professional, gemeente, huisarts.
  // One row that scrolls sideways: on a phone the tabs used to wrap to three rows (150 px)
  // before the story.
  if (!node->perspectives.empty() && !c.perspectives.empty()) {
    SideScroll row(ui, "case.perspectives", ui.tr("case.perspectives"), ImGui::GetFrameHeight());
    if (button(ui, "case.perspective.none", ui.tr("case.perspective.story"), ButtonKind::secondary, false,
               model.perspective.empty()))
      model.perspective.clear();
    for (const auto& p : c.perspectives) {
      bool has = false;
      for (const auto& [pid, _] : node->perspectives) has |= pid == p.id;
      if (!has) continue;
      ImGui::SameLine();
      if (button(ui, "case.perspective." + p.id, ui.text(p.label), ButtonKind::secondary, false,
                 model.perspective == p.id))
        model.perspective = p.id;
    }
  }
  const core::Text* shown = &run.nodeText(run.position());
  for (const auto& [pid, text] : node->perspectives)
    if (pid == model.perspective) shown = &text;
  richText(ui, "case.node.text", ui.text(*shown), ev);
  gap(ui, 6);
  heading(ui, "case.choices", ui.tr("case.choices"), 3);
  {
    Scope list(ui, "case.choices.list", Role::list, ui.tr("case.choices"));
    for (size_t ci : run.presentedChoices()) {
      const core::Choice& ch = node->choices[ci];
      CardInfo info;
      info.title = ui.text(ch.text);
      if (card(ui, "case.choice." + ch.id, info)) {
        model.learner.choose(ch.id);
        model.perspective.clear();
        ImGui::SetScrollY(0);
        // The new scene opens with what happened; an ending with its moment of completion.
        const core::CaseRun* after = model.learner.activeRun();
        ui.sem.setFocusTarget(after && after->finished() ? "case.done" : "case.consequence");
        return;
      }
    }
  }
  gap(ui, 6);
  caseControls(ui, model);
}

}  // namespace

void caseControls(Ui& ui, Model& model) {
  core::Learner& learner = model.learner;
  const core::CaseRun& run = *learner.activeRun();
  bool sameLine = false;
  if (learner.canUndo()) {
    if (button(ui, "case.back", ui.tr("case.back"), ButtonKind::secondary)) {
      learner.back();
      ui.sem.setFocusTarget("case.step");
      return;
    }
    sameLine = true;
  }
  if (learner.canRestart()) {
    if (sameLine) ImGui::SameLine();
    if (restartButton(ui, model, run.finished() ? ButtonKind::primary : ButtonKind::ghost)) return;
  }
  gap(ui, 6);
  historyPanel(ui, model);
}

void drawCase(Ui& ui, Model& model) {
  if (model.currentCase() &&
      !ensureLoaded(ui, model, core::ItemKind::caseFile, static_cast<size_t>(model.nav.caseIndex)))
    return;
  const core::Case* c = model.currentCase();
  if (!c || !c->available) {
    model.back();
    return;
  }
  const core::CaseRun* active = model.learner.activeRun();
  if (!active || &active->caseData() != c) {
    model.learner.openCase(static_cast<size_t>(model.nav.caseIndex));
    model.perspective.clear();
  }
  const core::CaseRun& run = *model.learner.activeRun();
  const std::string screen = !model.caseStarted ? "case." + c->id + ".intro"
                             : run.finished()   ? "case." + c->id + ".ending"
                                                : "case." + c->id + ".node";
  beginScreen(ui, model, screen, ui.text(c->title), model.caseStarted);
  RichTextEvents ev;
  if (!model.caseStarted) {
    intro(ui, model, *c, ev);
  } else {
    // Beside the story, where there is room: the story keeps the reading column's width.
    const float avail = ImGui::GetContentRegionAvail().x, story = readingWidth(ui), side = ui.px(300);
    const bool wide = avail >= story + side + ui.px(32);
    std::optional<CellRow> columns;
    if (wide) {
      const float gap = 2 * ImGui::GetStyle().CellPadding.x, left = ImGui::GetCursorScreenPos().x;
      columns.emplace(left, std::vector<float>{story, avail - story - gap}, gap);
      columns->cell(0);
    }
    smallText(ui, "case.name", ui.text(c->title));
    if (run.finished())
      caseEnding(ui, model, ev);
    else
      playing(ui, model, ev);
    if (columns) {
      columns->cell(1);
      ImGui::Indent(ui.px(24));
    }
    heading(ui, "case.state", ui.tr("case.state"), 3);
    statePanel(ui, run);
    if (columns) {
      ImGui::Unindent(ui.px(24));
      columns->end();
    }
  }
  glossaryTooltip(ui, model, ev.hoveredTerm);
  if (!ev.openUrl.empty()) model.host.openUrl(ev.openUrl);
  if (!ev.glossaryTerm.empty()) model.glossaryTerm = ev.glossaryTerm;
  endScreen(ui);
}

}  // namespace leren::ui
