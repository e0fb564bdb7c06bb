// A module's knowledge check: one question at a time (question_view draws it), and a results
// summary in which the first attempts count and retries show as practice.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/figures/figures.hpp"
#include "ui/rich_text.hpp"
#include "ui/screen.hpp"
#include "ui/views/loading.hpp"
#include "ui/views/module_outline.hpp"
#include "ui/views/question_view.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

void results(Ui& ui, Model& model, const core::Module& m, QuizView& v) {
  const size_t module = static_cast<size_t>(model.nav.module);
  const core::QuizSummary s = model.learner.quizSummary(module);
  heading(ui, "quiz.results", ui.tr("quiz.results"), 2);
  notice(ui, "quiz.summary", s.passed ? Tone::good : Tone::warning, ui.tr(s.passed ? "quiz.passed" : "quiz.not_passed"),
         ui.i18n.format("quiz.score", ui.lang,
                        {{"pct", formatNumber(s.percent, 0, ui.lang)}, {"pass", std::to_string(m.quiz.passPercent)}}) +
             " " +
             ui.i18n.format("quiz.practice_score", ui.lang, {{"pct", formatNumber(s.practicePercent, 0, ui.lang)}}));
  for (size_t i = 0; i < m.quiz.questions.size(); ++i) {
    const auto& q = m.quiz.questions[i];
    const core::QuestionProgress* qp = model.learner.questionProgress(module, q.id);
    std::string label = std::to_string(i + 1) + ". " + ui.text(q.prompt) + " \xE2\x80\x94 ";
    if (!qp)
      label += ui.tr("quiz.not_answered");
    else
      label += ui.i18n.format("quiz.first_and_best", ui.lang,
                              {{"first", formatNumber(qp->countedScore() * 100, 0, ui.lang)},
                               {"best", formatNumber(qp->bestScore * 100, 0, ui.lang)},
                               {"n", std::to_string(qp->attempts)}});
    if (link(ui, "quiz.results.q" + std::to_string(i), label)) {
      v = QuizView{};
      v.question = i;
    }
  }
  gap(ui, 8);
  if (button(ui, "quiz.finish", ui.tr("done.finish"))) model.go(Nav{Screen::moduleDone, model.nav.module, 0});
  if (button(ui, "quiz.restart", ui.tr("quiz.retry_practice"), ButtonKind::secondary)) v = QuizView{};
  if (button(ui, "quiz.back_to_module", ui.tr("quiz.back_to_module"), ButtonKind::ghost))
    model.go(Nav{Screen::page, model.nav.module, 0});
}

}  // namespace

void drawQuiz(Ui& ui, Model& model) {
  if (model.module() && !ensureLoaded(ui, model, core::ItemKind::module, static_cast<size_t>(model.nav.module))) return;
  const core::Module* m = model.module();
  if (!m || !m->available || m->quiz.questions.empty()) {
    model.back();
    return;
  }
  QuizView& v = model.quizzes[m->id];
  const size_t count = m->quiz.questions.size();
  v.question = std::min(v.question, count - 1);
  const core::Question& q = m->quiz.questions[v.question];
  if (v.shown != static_cast<int>(v.question)) {
    v.shown = static_cast<int>(v.question);
    model.learner.openQuiz(static_cast<size_t>(model.nav.module));
  }

  const std::string position = ui.i18n.format(
      "quiz.question", ui.lang, {{"n", std::to_string(v.question + 1)}, {"total", std::to_string(count)}});
  const ScreenPosition where{static_cast<int>(v.question) + 1, static_cast<int>(count), ui.tr("quiz.title"), position};
  beginScreen(ui, model, v.results ? "quiz." + m->id + ".results" : "quiz." + m->id + "." + q.id, ui.tr("quiz.title"),
              false, v.results ? nullptr : &where);
  moduleOutline(ui, model, *m, true);
  smallText(ui, "quiz.module", ui.text(m->title));
  heading(ui, "quiz.title", ui.tr("quiz.title"), 1);
  if (v.results) {
    results(ui, model, *m, v);
    endScreen(ui);
    return;
  }

  smallText(ui, "quiz.position", position);
  progressBar(ui, "quiz.progress", ui.tr("quiz.title"), static_cast<float>(v.question + 1) / static_cast<float>(count),
              position);
  RichTextEvents ev;
  richText(ui, "quiz.prompt", ui.text(q.prompt), ev);
  if (!ev.glossaryTerm.empty()) model.glossaryTerm = ev.glossaryTerm;
  drawQuestion(ui, model, static_cast<size_t>(model.nav.module), q, v.state, "quiz");
  if (v.state.grade || v.question > 0) {
    if (v.question > 0) {
      if (button(ui, "quiz.prev", ui.tr("quiz.prev"), ButtonKind::secondary)) {
        v = QuizView{v.question - 1};
        ui.sem.setFocusTarget("quiz.position");
      }
      ImGui::SameLine();
    }
    if (v.state.grade) {
      if (v.question + 1 < count) {
        if (button(ui, "quiz.next", ui.tr("quiz.next"))) {
          v = QuizView{v.question + 1};
          ui.sem.setFocusTarget("quiz.position");
        }
      } else if (button(ui, "quiz.to_results", ui.tr("quiz.to_results"))) {
        v.results = true;
      }
    }
  }
  glossaryTooltip(ui, model, ev.hoveredTerm);
  endScreen(ui);
}

}  // namespace leren::ui
