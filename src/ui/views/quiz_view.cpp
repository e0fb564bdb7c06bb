// A module's knowledge check: one question at a time (single, multiple, ordering, matching)
// with clear selected states, check, feedback per option, the explanation, retry, and a
// results summary. Every attempt is recorded in the learner's progress.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/figures/figures.hpp"
#include "ui/rich_text.hpp"
#include "ui/screen.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

const char* markKey(core::Mark m) {
  switch (m) {
    case core::Mark::correct:
      return "quiz.correct";
    case core::Mark::wrong:
      return "quiz.wrong";
    default:
      return "";
  }
}

void startOrdering(const core::Question& q, QuizView& v) {
  if (q.type == core::QuestionType::ordering && v.answer.order.empty())
    for (size_t i : core::presentationOrder(q)) v.answer.order.push_back(q.items[i].id);
}

void optionsQuestion(Ui& ui, const core::Question& q, QuizView& v) {
  const bool multiple = q.type == core::QuestionType::multiple;
  smallText(ui, "quiz.hint", ui.tr(multiple ? "quiz.pick_many" : "quiz.pick_one"));
  Scope group(ui, "quiz.options", multiple ? Role::group : Role::radiogroup, ui.text(q.prompt));
  for (size_t i = 0; i < q.options.size(); ++i) {
    const auto& o = q.options[i];
    const std::string id = "quiz.option." + o.id;
    auto& sel = v.answer.selected;
    bool on = std::find(sel.begin(), sel.end(), o.id) != sel.end();
    ImGui::BeginDisabled(v.grade.has_value());
    bool clicked;
    if (multiple) {
      bool value = on;
      clicked = checkbox(ui, id, ui.text(o.text), &value);
    } else {
      clicked = radio(ui, id, ui.text(o.text), on);
    }
    ImGui::EndDisabled();
    if (clicked && !v.grade) {
      if (multiple) {
        if (on)
          sel.erase(std::find(sel.begin(), sel.end(), o.id));
        else
          sel.push_back(o.id);
      } else
        sel = {o.id};
      on = !on || !multiple;
    }
    if (v.grade && i < v.grade->marks.size()) {
      const core::Mark m = v.grade->marks[i];
      if (m == core::Mark::correct || m == core::Mark::wrong || m == core::Mark::missed) {
        const Tone tone = m == core::Mark::correct ? Tone::good : m == core::Mark::wrong ? Tone::bad : Tone::warning;
        std::string title =
            m == core::Mark::missed ? ui.tr(multiple ? "quiz.missed" : "quiz.right_option") : ui.tr(markKey(m));
        const bool picked = std::find(sel.begin(), sel.end(), o.id) != sel.end();
        notice(ui, id + ".mark", tone, title, picked && !o.feedback.empty() ? ui.text(o.feedback) : "");
      }
    }
  }
}

void orderingQuestion(Ui& ui, const core::Question& q, QuizView& v) {
  smallText(ui, "quiz.hint", ui.tr("quiz.order_hint"));
  auto& order = v.answer.order;
  for (size_t i = 0; i < order.size(); ++i) {
    const core::OrderingItem* item = nullptr;
    for (const auto& it : q.items)
      if (it.id == order[i]) item = &it;
    if (!item) continue;
    ImGui::PushID(static_cast<int>(i));
    const std::string id = "quiz.item." + item->id;
    ImGui::BeginDisabled(v.grade.has_value());
    if (button(ui, id + ".up", ui.tr("quiz.up"), ButtonKind::secondary, i == 0 || v.grade.has_value()) && i > 0)
      std::swap(order[i], order[i - 1]);
    ImGui::SameLine();
    if (button(ui, id + ".down", ui.tr("quiz.down"), ButtonKind::secondary,
               i + 1 == order.size() || v.grade.has_value()) &&
        i + 1 < order.size())
      std::swap(order[i], order[i + 1]);
    ImGui::EndDisabled();
    ImGui::SameLine();
    const std::string label = std::to_string(i + 1) + ". " + ui.text(item->text);
    paragraph(ui, id, label);
    ui.sem.lastAdded().role = Role::listitem;
    if (v.grade && i < v.grade->marks.size()) {
      const bool ok = v.grade->marks[i] == core::Mark::correct;
      ui.sem.lastAdded().valueText = ui.tr(ok ? "quiz.correct" : "quiz.wrong");
      ImDrawList* dl = ImGui::GetWindowDrawList();
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      dl->AddRectFilled(ImVec2(a.x - ui.px(8), a.y), ImVec2(a.x - ui.px(4), b.y), ok ? ui.pal().good : ui.pal().bad);
    }
    ImGui::PopID();
  }
}

void matchingQuestion(Ui& ui, const core::Question& q, QuizView& v) {
  smallText(ui, "quiz.hint", ui.tr("quiz.match_hint"));
  const std::vector<size_t> shown = core::presentationOrder(q);
  // The descriptions once, lettered; then per term a row of letters to pick from.
  for (size_t k = 0; k < shown.size(); ++k) {
    const std::string letter(1, static_cast<char>('A' + k));
    paragraph(ui, "quiz.match." + q.pairs[shown[k]].id, letter + ". " + ui.text(q.pairs[shown[k]].match));
  }
  gap(ui, 4);
  for (size_t t = 0; t < q.pairs.size(); ++t) {
    const auto& term = q.pairs[t];
    styledText(ui, "quiz.term." + term.id, ui.text(term.term), ui.fonts.bold, ui.pal().text);
    Scope group(ui, "quiz.term." + term.id + ".group", Role::radiogroup, ui.text(term.term));
    ImGui::BeginDisabled(v.grade.has_value());
    for (size_t k = 0; k < shown.size(); ++k) {
      const auto& cand = q.pairs[shown[k]];
      const std::string letter(1, static_cast<char>('A' + k));
      auto it = v.answer.matches.find(term.id);
      const bool on = it != v.answer.matches.end() && it->second == cand.id;
      if (k > 0) ImGui::SameLine();
      if (radio(ui, "quiz.term." + term.id + "." + cand.id, letter, on) && !v.grade)
        v.answer.matches[term.id] = cand.id;
      ui.sem.lastAdded().label = letter + ". " + ui.text(cand.match);
    }
    ImGui::EndDisabled();
    if (v.grade && t < v.grade->marks.size()) {
      const bool ok = v.grade->marks[t] == core::Mark::correct;
      std::string right;
      for (size_t k = 0; k < shown.size(); ++k)
        if (q.pairs[shown[k]].id == term.id) right = std::string(1, static_cast<char>('A' + k));
      notice(ui, "quiz.term." + term.id + ".mark", ok ? Tone::good : Tone::bad,
             ui.tr(ok ? "quiz.correct" : "quiz.wrong"),
             ok ? "" : ui.i18n.format("quiz.right_answer", ui.lang, {{"answer", right}}));
    }
  }
}

bool answerComplete(const core::Question& q, const QuizView& v) {
  switch (q.type) {
    case core::QuestionType::single:
    case core::QuestionType::multiple:
      return !v.answer.selected.empty();
    case core::QuestionType::ordering:
      return true;
    case core::QuestionType::matching:
      return v.answer.matches.size() == q.pairs.size();
  }
  return false;
}

void results(Ui& ui, Model& model, const core::Module& m, QuizView& v) {
  const size_t module = static_cast<size_t>(model.nav.module);
  const core::QuizSummary s = model.learner.quizSummary(module);
  heading(ui, "quiz.results", ui.tr("quiz.results"), 2);
  notice(ui, "quiz.summary", s.passed ? Tone::good : Tone::warning, ui.tr(s.passed ? "quiz.passed" : "quiz.not_passed"),
         ui.i18n.format("quiz.score", ui.lang,
                        {{"pct", formatNumber(s.percent, 0, ui.lang)}, {"pass", std::to_string(m.quiz.passPercent)}}));
  for (size_t i = 0; i < m.quiz.questions.size(); ++i) {
    const auto& q = m.quiz.questions[i];
    const core::QuestionProgress* qp = model.learner.questionProgress(module, q.id);
    const double best = qp ? qp->bestScore : 0;
    const int attempts = qp ? qp->attempts : 0;
    std::string label = std::to_string(i + 1) + ". " + ui.text(q.prompt) + " \xE2\x80\x94 " +
                        formatNumber(best * 100, 0, ui.lang) + "% (" +
                        ui.i18n.format("quiz.attempts", ui.lang, {{"n", std::to_string(attempts)}}) + ")";
    if (link(ui, "quiz.results.q" + std::to_string(i), label)) {
      v = QuizView{};
      v.question = i;
    }
  }
  gap(ui, 8);
  if (button(ui, "quiz.restart", ui.tr("quiz.retry"), ButtonKind::secondary)) v = QuizView{};
  ImGui::SameLine();
  if (button(ui, "quiz.back_to_module", ui.tr("quiz.back_to_module"))) model.go(Nav{Screen::page, model.nav.module, 0});
}

}  // namespace

void drawQuiz(Ui& ui, Model& model) {
  const core::Module* m = model.module();
  if (!m || !m->available || m->quiz.questions.empty()) {
    model.back();
    return;
  }
  QuizView& v = model.quizzes[m->id];
  const size_t count = m->quiz.questions.size();
  v.question = std::min(v.question, count - 1);
  const core::Question& q = m->quiz.questions[v.question];
  startOrdering(q, v);
  if (v.shown != static_cast<int>(v.question)) {
    v.shown = static_cast<int>(v.question);
    model.learner.openQuiz(static_cast<size_t>(model.nav.module));
  }

  beginScreen(ui, model, v.results ? "quiz." + m->id + ".results" : "quiz." + m->id + "." + q.id, ui.tr("quiz.title"));
  smallText(ui, "quiz.module", ui.text(m->title));
  heading(ui, "quiz.title", ui.tr("quiz.title"), 1);
  if (v.results) {
    results(ui, model, *m, v);
    endScreen(ui);
    return;
  }

  smallText(ui, "quiz.position",
            ui.i18n.format("quiz.question", ui.lang,
                           {{"n", std::to_string(v.question + 1)}, {"total", std::to_string(count)}}));
  progressBar(ui, "quiz.progress", ui.tr("quiz.title"), static_cast<float>(v.question + 1) / static_cast<float>(count));
  RichTextEvents ev;
  richText(ui, "quiz.prompt", ui.text(q.prompt), ev);
  if (!ev.glossaryTerm.empty()) model.glossaryTerm = ev.glossaryTerm;
  switch (q.type) {
    case core::QuestionType::single:
    case core::QuestionType::multiple:
      optionsQuestion(ui, q, v);
      break;
    case core::QuestionType::ordering:
      orderingQuestion(ui, q, v);
      break;
    case core::QuestionType::matching:
      matchingQuestion(ui, q, v);
      break;
  }
  gap(ui, 6);
  if (!v.grade) {
    if (button(ui, "quiz.check", ui.tr("quiz.check"), ButtonKind::primary, !answerComplete(q, v))) {
      v.grade = model.learner.answer(static_cast<size_t>(model.nav.module), q, v.answer);
    }
  } else {
    const Tone tone = v.grade->correct ? Tone::good : v.grade->score > 0 ? Tone::warning : Tone::bad;
    notice(ui, "quiz.result", tone,
           ui.tr(v.grade->correct     ? "quiz.correct"
                 : v.grade->score > 0 ? "quiz.partly"
                                      : "quiz.wrong"),
           formatNumber(v.grade->score * 100, 0, ui.lang) + "%");
    ui.sem.lastAdded().live = Live::polite;
    heading(ui, "quiz.explanation", ui.tr("quiz.explanation"), 3);
    richText(ui, "quiz.explanation.text", ui.text(q.explanation), ev);
    if (!v.grade->correct && button(ui, "quiz.retry", ui.tr("quiz.retry"), ButtonKind::secondary)) {
      v.grade.reset();
      v.answer = core::QuizAnswer{};
    }
    if (!v.grade->correct) ImGui::SameLine();
  }
  if (v.grade || v.question > 0) {
    if (v.question > 0) {
      if (button(ui, "quiz.prev", ui.tr("quiz.prev"), ButtonKind::secondary)) {
        v = QuizView{v.question - 1};
      }
      ImGui::SameLine();
    }
    if (v.grade) {
      if (v.question + 1 < count) {
        if (button(ui, "quiz.next", ui.tr("quiz.next"))) v = QuizView{v.question + 1};
      } else if (button(ui, "quiz.to_results", ui.tr("quiz.to_results"))) {
        v.results = true;
      }
    }
  }
  glossaryTooltip(ui, model, ev.hoveredTerm);
  endScreen(ui);
}

}  // namespace leren::ui
