// The case player: intro with personas, the narrative with choices, feedback that names the
// rule after each choice, a state panel (the six dimensions of positieve gezondheid, trust,
// weeks, money), history with "back" and "wat als?", perspectives, and the ending with its
// debrief, scores and case map.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/figures/figures.hpp"
#include "ui/rich_text.hpp"
#include "ui/screen.hpp"
#include "ui/views/case_map.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

std::string difficultyKey(core::Difficulty d) {
  return d == core::Difficulty::basis       ? "case.difficulty.basis"
         : d == core::Difficulty::gevorderd ? "case.difficulty.gevorderd"
                                            : "case.difficulty.expert";
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
  if (button(ui, "case.start", ui.tr(resume ? "case.resume" : "case.start"))) model.caseStarted = true;
  if (resume) {
    ImGui::SameLine();
    if (button(ui, "case.restart", ui.tr("case.restart"), ButtonKind::secondary)) {
      model.learner.restartCase();
      model.caseStarted = true;
    }
  }
}

// Values shown in the state panel glide towards the real state over a few frames so a
// change is noticed (unless the learner asked for reduced motion).
const std::vector<double>& easedState(Ui& ui, const core::CaseRun& run) {
  const std::vector<double>& target = run.state().variables;
  std::vector<double>& shown = ui.view.easedValues;
  if (ui.view.easedCase != &run.caseData() || shown.size() != target.size() || ui.reducedMotion) {
    shown = target;
    ui.view.easedCase = &run.caseData();
    return shown;
  }
  for (size_t i = 0; i < target.size(); ++i) {
    const double d = target[i] - shown[i];
    if (std::fabs(d) < 0.02) {
      shown[i] = target[i];
      continue;
    }
    shown[i] += d * 0.18;
    ui.wantRedraw = true;
  }
  return shown;
}

// The state panel: radar of the gezondheid variables, bars for status variables.
void statePanel(Ui& ui, const core::CaseRun& run) {
  const core::Case& c = run.caseData();
  const core::CaseState& s = run.state();
  const std::vector<double>& shown = easedState(ui, run);
  std::vector<std::string> axes;
  std::vector<double> now, before;
  const core::CaseState* prev = run.history().empty() ? nullptr : &run.history().back().before;
  for (size_t i = 0; i < c.variables.size(); ++i)
    if (c.variables[i].group == core::VariableGroup::gezondheid) {
      axes.push_back(ui.text(c.variables[i].label));
      now.push_back(shown[i]);
      before.push_back(prev ? prev->variables[i] : s.variables[i]);
    }
  if (axes.size() >= 3) {
    std::vector<RadarSeriesView> series;
    if (prev && before != now) series.push_back({ui.tr("case.state.before"), before, ui.pal().border});
    series.push_back({ui.tr("case.state.now"), now, ui.pal().good});
    radarChart(ui, "case.state.radar", axes, 0, 10, series, nullptr, 300.0f);
  }
  for (size_t i = 0; i < c.variables.size(); ++i) {
    const core::Variable& v = c.variables[i];
    if (v.group != core::VariableGroup::status) continue;
    const double val = s.variables[i];
    std::string text = ui.text(v.label) + ": ";
    if (v.type == core::VariableType::flag)
      text += ui.tr(val != 0 ? "common.yes" : "common.no");
    else if (v.unit == "\xE2\x82\xAC" || v.unit == "EUR")
      text += "\xE2\x82\xAC " + formatNumber(val, 0, ui.lang);
    else
      text += formatNumber(val, 0, ui.lang) + (v.unit.empty() ? "" : " " + v.unit);
    if (prev && prev->variables[i] != val)
      text += std::string(" (") + (val > prev->variables[i] ? "+" : "-") +
              formatNumber(std::fabs(val - prev->variables[i]), 0, ui.lang) + ")";
    styledText(ui, "case.state." + v.id, text, ui.fonts.body, ui.pal().text, Role::status);
    ui.sem.lastAdded().value = val;
    if (v.type == core::VariableType::number && v.max > v.min && v.max - v.min <= 20) {
      ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ui.pal().info);
      ImGui::ProgressBar(static_cast<float>((shown[i] - v.min) / (v.max - v.min)), ImVec2(-1, ui.px(6)), "");
      ImGui::PopStyleColor();
    }
  }
}

void historyPanel(Ui& ui, Model& model) {
  const core::CaseRun& run = *model.learner.activeRun();
  if (run.history().empty()) return;
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

// The feedback on the choice just made: which rule or principle was at stake.
void lastChoiceFeedback(Ui& ui, const core::CaseRun& run, RichTextEvents& ev) {
  if (run.history().empty()) return;
  const core::Choice& choice = run.choiceOf(run.history().back());
  Scope feedback(ui, "case.feedback", Role::group, ui.tr("case.feedback"), Live::polite);
  notice(ui, "case.feedback.title", Tone::info, ui.tr("case.feedback") + ": " + ui.text(choice.text), "");
  ImGui::Indent(ui.px(18));
  richText(ui, "case.feedback.text", ui.text(choice.feedback), ev);
  ImGui::Unindent(ui.px(18));
  gap(ui, 6);
}

void playing(Ui& ui, Model& model, RichTextEvents& ev) {
  const core::CaseRun& run = *model.learner.activeRun();
  const core::Case& c = run.caseData();
  const core::Node* node = run.currentNode();
  if (!node) return;
  lastChoiceFeedback(ui, run, ev);
  smallText(ui, "case.step", ui.i18n.format("case.step", ui.lang, {{"n", std::to_string(run.history().size() + 1)}}));
  if (!node->title.empty()) heading(ui, "case.node.title", ui.text(node->title), 2);
  if (!node->speaker.empty())
    for (const auto& p : c.personas)
      if (p.id == node->speaker) smallText(ui, "case.node.speaker", p.name);
  // Perspectives: the same moment seen from the client, professional, gemeente, huisarts.
  if (!node->perspectives.empty() && !c.perspectives.empty()) {
    if (button(ui, "case.perspective.none", ui.tr("case.perspective.story"), ButtonKind::secondary, false,
               model.perspective.empty()))
      model.perspective.clear();
    for (const auto& p : c.perspectives) {
      bool has = false;
      for (const auto& [pid, _] : node->perspectives) has |= pid == p.id;
      if (!has) continue;
      ImGui::SameLine();
      if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(ui.text(p.label).c_str()).x + 40 >
          ImGui::GetContentRegionMax().x)
        ImGui::NewLine();
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
    for (size_t ci : run.availableChoices()) {
      const core::Choice& ch = node->choices[ci];
      CardInfo info;
      info.title = ui.text(ch.text);
      if (card(ui, "case.choice." + ch.id, info)) {
        model.learner.choose(ch.id);
        model.perspective.clear();
        ImGui::SetScrollY(0);
        return;
      }
    }
  }
  gap(ui, 6);
  if (!run.history().empty()) {
    if (button(ui, "case.back", ui.tr("case.back"), ButtonKind::secondary)) {
      model.learner.back();
      return;
    }
    ImGui::SameLine();
  }
  if (button(ui, "case.restart", ui.tr("case.restart"), ButtonKind::ghost)) {
    model.learner.restartCase();
    return;
  }
  gap(ui, 6);
  historyPanel(ui, model);
}

void ending(Ui& ui, Model& model, RichTextEvents& ev) {
  const core::CaseRun& run = *model.learner.activeRun();
  const core::Case& c = run.caseData();
  const core::Ending& e = *run.ending();
  const core::CaseResult r = run.result();
  lastChoiceFeedback(ui, run, ev);
  const Tone tone = e.rating == core::Rating::good    ? Tone::good
                    : e.rating == core::Rating::mixed ? Tone::warning
                                                      : Tone::bad;
  const char* ratingKey = e.rating == core::Rating::good    ? "case.rating.good"
                          : e.rating == core::Rating::mixed ? "case.rating.mixed"
                                                            : "case.rating.poor";
  notice(ui, "case.ending", tone, ui.tr("case.ending") + ": " + ui.text(e.title), ui.tr(ratingKey));
  ui.sem.lastAdded().live = Live::polite;
  richText(ui, "case.ending.text", ui.text(e.text), ev);
  heading(ui, "case.scores", ui.tr("case.scores"), 2);
  const std::string overall = ui.i18n.format("case.overall", ui.lang, {{"pct", formatNumber(r.percent, 0, ui.lang)}}) +
                              " \xC2\xB7 " + ui.tr(r.passed ? "case.passed" : "case.not_passed");
  paragraph(ui, "case.overall", overall);
  for (size_t i = 0; i < r.dimensions.size() && i < c.scoring.dimensions.size(); ++i) {
    const auto& d = r.dimensions[i];
    const std::string label = ui.text(c.scoring.dimensions[i].label) + ": " + formatNumber(d.points, 0, ui.lang) +
                              " / " + formatNumber(d.max, 0, ui.lang) + " (" +
                              ui.tr(d.passed ? "case.passed" : "case.not_passed") + ")";
    paragraph(ui, "case.score." + d.id, label);
    progressBar(ui, "case.score." + d.id + ".bar", label,
                d.max > 0 ? static_cast<float>(std::max(0.0, d.points) / d.max) : 0.0f);
  }
  heading(ui, "case.debrief", ui.tr("case.debrief"), 2);
  heading(ui, "case.debrief.laws", ui.tr("case.debrief.laws"), 3);
  richText(ui, "case.debrief.laws.text", ui.text(e.debrief.laws), ev);
  heading(ui, "case.debrief.well", ui.tr("case.debrief.well"), 3);
  richText(ui, "case.debrief.well.text", ui.text(e.debrief.wentWell), ev);
  heading(ui, "case.debrief.mistakes", ui.tr("case.debrief.mistakes"), 3);
  richText(ui, "case.debrief.mistakes.text", ui.text(e.debrief.mistakes), ev);
  heading(ui, "case.map", ui.tr("case.map"), 2);
  drawCaseMap(ui, "case.map.graph", run, false);
  drawSources(ui, model, "case.sources", e.sources.empty() ? c.sources : e.sources, c.peildatum);
  gap(ui, 8);
  if (button(ui, "case.back", ui.tr("case.back"), ButtonKind::secondary)) {
    model.learner.back();
    return;
  }
  ImGui::SameLine();
  if (button(ui, "case.restart", ui.tr("case.restart"))) {
    model.learner.restartCase();
    return;
  }
  gap(ui, 6);
  historyPanel(ui, model);
}

}  // namespace

void drawCase(Ui& ui, Model& model) {
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
    const bool wide = ImGui::GetContentRegionAvail().x > 900;
    if (wide) {
      ImGui::BeginTable("##caselayout", 2, ImGuiTableFlags_None);
      ImGui::TableSetupColumn("main", ImGuiTableColumnFlags_WidthStretch, 2.0f);
      ImGui::TableSetupColumn("side", ImGuiTableColumnFlags_WidthStretch, 1.0f);
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
    }
    smallText(ui, "case.name", ui.text(c->title));
    if (run.finished())
      ending(ui, model, ev);
    else
      playing(ui, model, ev);
    if (wide) ImGui::TableSetColumnIndex(1);
    heading(ui, "case.state", ui.tr("case.state"), 3);
    statePanel(ui, run);
    if (wide) ImGui::EndTable();
  }
  glossaryTooltip(ui, model, ev.hoveredTerm);
  if (!ev.openUrl.empty()) model.host.openUrl(ev.openUrl);
  if (!ev.glossaryTerm.empty()) model.glossaryTerm = ev.glossaryTerm;
  endScreen(ui);
}

}  // namespace leren::ui
