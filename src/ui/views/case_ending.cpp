// A case's ending: first the moment of completion (badge, summary, score, the ending), then
// the last consequence, the scores per dimension, the decisive moments found by replay, the
// case map, the learner's own path (closed: each decision a line that opens its consequence,
// what it changed and what an expert would have chosen), the content's debrief, questions to
// discuss and the sources.
#include <imgui.h>

#include <algorithm>

#include "ui/figures/figures.hpp"
#include "ui/views/case_map.hpp"
#include "ui/views/case_parts.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

const char* ratingKey(core::Rating r) {
  return r == core::Rating::good    ? "case.rating.good"
         : r == core::Rating::mixed ? "case.rating.mixed"
                                    : "case.rating.poor";
}

const char* shortRatingKey(core::Rating r) {
  return r == core::Rating::good    ? "case.rating.short.good"
         : r == core::Rating::mixed ? "case.rating.short.mixed"
                                    : "case.rating.short.poor";
}

Tone ratingTone(core::Rating r) {
  return r == core::Rating::good ? Tone::good : r == core::Rating::mixed ? Tone::warning : Tone::bad;
}

std::string nodeTitle(Ui& ui, const core::Node& n) { return n.title.empty() ? n.id : ui.text(n.title); }

// The debrief of the run on screen, computed once per run (it replays the case).
const core::CaseDebrief& debriefOf(Ui& ui, Model& model, const core::CaseRun& run) {
  if (ui.view.debriefLog != run.log() || ui.view.debriefCase != &run.caseData()) {
    ui.view.debrief = model.learner.debrief();
    ui.view.debriefLog = run.log();
    ui.view.debriefCase = &run.caseData();
  }
  return ui.view.debrief;
}

void scores(Ui& ui, Model& model, const core::Case& c, const core::CaseResult& r) {
  heading(ui, "case.scores", ui.tr("case.scores"), 2);
  const core::CaseProgress* cp = model.learner.caseProgress(c.id);
  // Whether this run counts: the first completed run does; later runs are practice.
  if (model.learner.inScoredRun()) {
    notice(ui, "case.run", Tone::info, ui.tr("case.run.scored"), "");
  } else if (cp && cp->scored) {
    notice(ui, "case.run", Tone::info, ui.tr("case.run.practice"),
           ui.i18n.format("case.run.practice.text", ui.lang, {{"pct", formatNumber(cp->scored->percent, 0, ui.lang)}}));
  }
  for (size_t i = 0; i < r.dimensions.size() && i < c.scoring.dimensions.size(); ++i) {
    const auto& d = r.dimensions[i];
    // Points below zero read as nothing earned: "-10 / 14" means nothing to a learner.
    const double shown = std::max(0.0, d.points);
    const std::string label = ui.text(c.scoring.dimensions[i].label) + ": " + formatNumber(shown, 0, ui.lang) + " / " +
                              formatNumber(d.max, 0, ui.lang) + " (" +
                              ui.tr(d.passed ? "case.passed" : "case.not_passed") + ")";
    paragraph(ui, "case.score." + d.id, label);
    progressBar(ui, "case.score." + d.id + ".bar", label, d.max > 0 ? static_cast<float>(shown / d.max) : 0.0f,
                ui.i18n.format("case.state.of", ui.lang,
                               {{"value", formatNumber(shown, 0, ui.lang)}, {"max", formatNumber(d.max, 0, ui.lang)}}));
  }
}

// The learner's decisions in order, as one section that starts closed (it was twelve phone
// screens long): each decision one line, saying whether an expert chose the same, that opens
// what they chose, what followed, what it changed and, where it differs, the expert's choice
// with its coaching.
void ownPath(Ui& ui, Model& model, const core::CaseRun& run, const core::CaseDebrief& d, RichTextEvents& ev) {
  const core::Case& c = run.caseData();
  if (!disclosure(ui, "case.path",
                  ui.i18n.format("case.path.count", ui.lang, {{"n", std::to_string(d.decisions.size())}})))
    return;
  Scope list(ui, "case.path.list", Role::list, ui.tr("case.path"));
  for (size_t i = 0; i < d.decisions.size(); ++i) {
    const core::DebriefDecision& dec = d.decisions[i];
    const core::Node& node = c.nodes[dec.node];
    const core::Choice& mine = node.choices[dec.choice];
    const std::string id = "case.path." + std::to_string(i);
    // One line: a check mark where the learner chose as an expert would; the words for it are
    // in the label read out.
    const std::string title = std::to_string(i + 1) + ". " + nodeTitle(ui, node);
    const bool rated = dec.expertChoice != core::CaseGraph::npos;
    const bool open = disclosure(ui, id, (rated && dec.tookExpert() ? "\xE2\x9C\x93 " : "") + title);
    if (rated)
      ui.sem.lastAdded().label = title + " \xC2\xB7 " + ui.tr(dec.tookExpert() ? "case.path.same" : "case.path.other");
    if (!open) continue;
    const std::string line = ui.sem.lastAdded().label;
    Scope item(ui, id + ".detail", Role::group, line);
    paragraph(ui, id + ".choice", ui.tr("case.you_chose") + ": " + ui.text(mine.text));
    richText(ui, id + ".consequence", ui.text(mine.consequence), ev);
    std::string changes;
    for (const core::StateChange& ch : dec.changes) {
      if (ch.kind != core::StateChange::Kind::variable) continue;
      const core::Variable& v = c.variables[ch.index];
      if (v.group == core::VariableGroup::verborgen) continue;
      changes += (changes.empty() ? "" : " \xC2\xB7 ") + ui.text(v.label) + " " + formatNumber(ch.before, 0, ui.lang) +
                 " \xE2\x86\x92 " + formatNumber(ch.after, 0, ui.lang);
    }
    if (!changes.empty()) smallText(ui, id + ".changes", changes);
    if (dec.expertChoice != core::CaseGraph::npos && !dec.tookExpert()) {
      const core::Choice& expert = node.choices[dec.expertChoice];
      notice(ui, id + ".expert", Tone::info, ui.tr("case.expert_chose"), ui.text(expert.text));
      coaching(ui, model, id + ".coaching", mine, ev);
    } else if (model.learner.mode() == core::Mode::toets || c.difficulty == core::Difficulty::expert) {
      coaching(ui, model, id + ".coaching", mine, ev);  // held back until now
    }
    gap(ui, 6);
  }
}

// The decisions that, taken as an expert would, would have changed the ending or pass/fail.
void decisiveMoments(Ui& ui, Model& model, const core::CaseRun& run, const core::CaseDebrief& d) {
  const core::Case& c = run.caseData();
  heading(ui, "case.decisive", ui.tr("case.decisive"), 3);
  if (d.decisive.empty()) {
    paragraph(ui, "case.decisive.none", ui.tr(d.alternatives.empty() ? "case.decisive.expert" : "case.decisive.none"));
    return;
  }
  Scope list(ui, "case.decisive.list", Role::list, ui.tr("case.decisive"));
  for (size_t k = 0; k < d.decisive.size(); ++k) {
    const core::Alternative& alt = d.alternatives[d.decisive[k]];
    const core::DebriefDecision& dec = d.decisions[alt.step];
    const core::Node& node = c.nodes[dec.node];
    const core::Choice& expert = node.choices[dec.expertChoice];
    std::string outcome;
    if (alt.finished && alt.ratingChanged)
      outcome = ui.i18n.format(
          "case.decisive.ending", ui.lang,
          {{"ending", ui.text(c.endings[alt.ending].title)}, {"rating", ui.tr(shortRatingKey(alt.rating))}});
    else if (alt.passChanged)
      outcome = ui.tr(alt.result.passed ? "case.decisive.would_pass" : "case.decisive.would_fail");
    const std::string id = "case.decisive." + std::to_string(k);
    notice(ui, id, ratingTone(alt.rating), nodeTitle(ui, node),
           ui.i18n.format("case.decisive.text", ui.lang, {{"choice", ui.text(expert.text)}}) + "\n" + outcome);
    // Where the rule behind it is taught.
    if (expert.learnMore && expert.learnMore->moduleIndex < model.course.modules.size()) {
      const core::Module& m = model.course.modules[expert.learnMore->moduleIndex];
      if (m.available && expert.learnMore->pageIndex < m.pages.size() &&
          link(ui, id + ".learn",
               ui.tr("case.learn_more") + ": " + ui.text(m.pages[expert.learnMore->pageIndex].title)))
        model.go(Nav{Screen::page, static_cast<int>(expert.learnMore->moduleIndex),
                     static_cast<int>(expert.learnMore->pageIndex)});
    }
  }
}

}  // namespace

void caseEnding(Ui& ui, Model& model, RichTextEvents& ev) {
  const core::CaseRun& run = *model.learner.activeRun();
  const core::Case& c = run.caseData();
  const core::Ending& e = *run.ending();
  const core::CaseResult r = run.result();
  const core::CaseDebrief& d = debriefOf(ui, model, run);
  size_t expertCount = 0;
  for (const auto& dec : d.decisions) expertCount += dec.tookExpert();
  // The moment of completion first, as the screen opens (keyboard focus and the announcement
  // land here): a badge, how many decisions matched an expert's, how many are worth another
  // look (the decisive moments below), the score and the ending. On a phone the last
  // consequence used to fill the first screen and push this one and a half screens down.
  {
    Scope header(ui, "case.done", Role::group, ui.tr("case.done.title"), Live::polite);
    completionBadge(ui, "case.done.badge", true, ui.reducedMotion);
    heading(ui, "case.done.title", ui.tr("case.done.title"), 2);
    paragraph(ui, "case.done.summary",
              ui.i18n.format("case.done.summary", ui.lang,
                             {{"n", std::to_string(expertCount)}, {"total", std::to_string(d.decisions.size())}}));
    const std::string overall =
        ui.i18n.format("case.overall", ui.lang, {{"pct", formatNumber(r.percent, 0, ui.lang)}}) + " \xC2\xB7 " +
        ui.tr(r.passed ? "case.passed" : "case.not_passed");
    paragraph(ui, "case.overall", overall);
    if (!d.decisive.empty() &&
        link(ui, "case.done.revisit",
             ui.i18n.format("case.done.revisit", ui.lang, {{"n", std::to_string(d.decisive.size())}}))) {
      ui.sem.requestRevealNext("case.decisive");
      ui.sem.setFocusTarget("case.decisive");
      ui.wantRedraw = true;
    }
    notice(ui, "case.ending", ratingTone(e.rating), ui.tr("case.ending") + ": " + ui.text(e.title),
           ui.tr(ratingKey(e.rating)));
    richText(ui, "case.ending.text", ui.text(e.text), ev);
  }
  // Then what led there: the last choice and its consequence (not announced again).
  if (!run.history().empty()) {
    heading(ui, "case.last", ui.tr("case.last"), 3);
    consequenceOfLastChoice(ui, model, run, ev, Live::off);
  }
  scores(ui, model, c, r);

  heading(ui, "case.debrief", ui.tr("case.debrief"), 2);
  decisiveMoments(ui, model, run, d);
  // The map of the whole case, then the learner's own decisions (closed).
  heading(ui, "case.map", ui.tr("case.map"), 3);
  drawCaseMap(ui, "case.map.graph", run, model.learner.caseGraph(c), false);
  gap(ui, 8);
  ownPath(ui, model, run, d, ev);
  heading(ui, "case.debrief.laws", ui.tr("case.debrief.laws"), 3);
  richText(ui, "case.debrief.laws.text", ui.text(e.debrief.laws), ev);
  heading(ui, "case.debrief.well", ui.tr("case.debrief.well"), 3);
  richText(ui, "case.debrief.well.text", ui.text(e.debrief.wentWell), ev);
  heading(ui, "case.debrief.mistakes", ui.tr("case.debrief.mistakes"), 3);
  richText(ui, "case.debrief.mistakes.text", ui.text(e.debrief.mistakes), ev);
  if (!c.discussion.empty()) {
    heading(ui, "case.discussion", ui.tr("trainer.discussion"), 3);
    Scope list(ui, "case.discussion.list", Role::list, ui.tr("trainer.discussion"));
    for (size_t i = 0; i < c.discussion.size(); ++i)
      bulletText(ui, "case.discussion." + std::to_string(i), ui.text(c.discussion[i]));
  }
  drawSources(ui, model, "case.sources", e.sources.empty() ? c.sources : e.sources, c.peildatum);
  gap(ui, 8);
  caseControls(ui, model);
}

}  // namespace leren::ui
