#include "ui/views/question_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "ui/drag_drop.hpp"
#include "ui/figures/figures.hpp"
#include "ui/rich_text.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

std::string letter(size_t k) { return std::string(1, static_cast<char>('A' + k)); }

void optionsQuestion(Ui& ui, const core::Question& q, QuestionState& st, const std::string& prefix) {
  const bool multiple = q.type == core::QuestionType::multiple;
  smallText(ui, prefix + ".hint", ui.tr(multiple ? "quiz.pick_many" : "quiz.pick_one"));
  Scope group(ui, prefix + ".options", multiple ? Role::group : Role::radiogroup, ui.text(q.prompt));
  auto& sel = st.answer.selected;
  for (size_t i : st.order) {
    const auto& o = q.options[i];
    const std::string id = prefix + ".option." + o.id;
    const bool on = std::find(sel.begin(), sel.end(), o.id) != sel.end();
    // Checked options keep full contrast (their marks say what they were); they only stop
    // taking input.
    ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha, 1.0f);
    ImGui::BeginDisabled(st.grade.has_value());
    bool value = on;
    const bool clicked = multiple ? checkbox(ui, id, ui.text(o.text), &value) : radio(ui, id, ui.text(o.text), on);
    ImGui::EndDisabled();
    ImGui::PopStyleVar();
    if (clicked && !st.grade) {
      if (!multiple)
        sel = {o.id};
      else if (on)
        sel.erase(std::find(sel.begin(), sel.end(), o.id));
      else
        sel.push_back(o.id);
    }
    if (!st.grade || i >= st.grade->marks.size()) continue;
    const core::Mark m = st.grade->marks[i];
    if (m == core::Mark::unpicked) continue;
    // A single-choice question's right answer, shown after a wrong pick, is marked as right
    // (green), as quiz players do; amber stays for a right option missed in a multiple choice.
    const Tone tone = m == core::Mark::correct || (m == core::Mark::missed && !multiple) ? Tone::good
                      : m == core::Mark::wrong                                           ? Tone::bad
                                                                                         : Tone::warning;
    const std::string title = m == core::Mark::missed    ? ui.tr(multiple ? "quiz.missed" : "quiz.right_option")
                              : m == core::Mark::correct ? ui.tr("quiz.correct")
                                                         : ui.tr("quiz.wrong");
    notice(ui, id + ".mark", tone, title, on && !o.feedback.empty() ? ui.text(o.feedback) : "");
  }
}

// Moves the item at `from` to position `to`, the others keeping their order.
void moveItem(std::vector<std::string>& order, size_t from, size_t to) {
  if (from >= order.size() || to >= order.size() || from == to) return;
  std::string item = std::move(order[from]);
  order.erase(order.begin() + static_cast<std::ptrdiff_t>(from));
  order.insert(order.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
}

void orderingQuestion(Ui& ui, const core::Question& q, QuestionState& st, const std::string& prefix) {
  smallText(ui, prefix + ".hint", ui.tr("quiz.order_hint"));
  auto& order = st.answer.order;
  const bool done = st.grade.has_value();
  const std::string dragType = "order." + q.id;
  std::optional<std::pair<size_t, size_t>> move;
  Scope list(ui, prefix + ".items", Role::list, ui.text(q.prompt));
  for (size_t i = 0; i < order.size(); ++i) {
    const core::OrderingItem* item = nullptr;
    for (const auto& it : q.items)
      if (it.id == order[i]) item = &it;
    if (!item) continue;
    ImGui::PushID(static_cast<int>(i));
    const std::string id = prefix + ".item." + item->id;
    const std::string text = std::to_string(i + 1) + ". " + ui.text(item->text);
    const ImVec2 rowStart = ImGui::GetCursorScreenPos();
    const float rowWidth = ImGui::GetContentRegionAvail().x;
    // A pointer drags the row by its grip; the buttons do the same one step at a time.
    if (!done) {
      dragGrip(ui, id, dragType.c_str(), static_cast<int>(i), text, ImGui::GetFrameHeight());
      ImGui::SameLine(0, ui.px(4));
    }
    // Arrows, not words: on a phone the item's text keeps the width.
    if (iconButton(ui, id + ".up", Icon::up, ui.tr("quiz.up"), false, i == 0 || done) && i > 0)
      std::swap(order[i], order[i - 1]);
    ImGui::SameLine(0, ui.px(4));
    if (iconButton(ui, id + ".down", Icon::down, ui.tr("quiz.down"), false, i + 1 == order.size() || done) &&
        i + 1 < order.size())
      std::swap(order[i], order[i + 1]);
    ImGui::SameLine(0, ui.px(10));
    paragraph(ui, id, text);
    ui.sem.lastAdded().role = Role::listitem;
    if (done && i < st.grade->marks.size()) {
      const bool ok = st.grade->marks[i] == core::Mark::correct;
      ui.sem.lastAdded().valueText = ui.tr(ok ? "quiz.correct" : "quiz.wrong");
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x - ui.px(8), a.y), ImVec2(a.x - ui.px(4), b.y),
                                                ok ? ui.pal().good : ui.pal().bad);
    }
    const float rowEnd = std::max(ImGui::GetItemRectMax().y, rowStart.y + ImGui::GetFrameHeight());
    if (const auto from = dropRegion(ui, id, dragType.c_str(), rowStart, ImVec2(rowStart.x + rowWidth, rowEnd)))
      move = {static_cast<size_t>(*from), i};
    ImGui::PopID();
  }
  if (move) moveItem(order, move->first, move->second);
}

void matchingQuestion(Ui& ui, const core::Question& q, QuestionState& st, const std::string& prefix) {
  smallText(ui, prefix + ".hint", ui.tr("quiz.match_hint"));
  const std::vector<size_t>& shown = st.order;
  const bool done = st.grade.has_value();
  const std::string dragType = "match." + q.id;
  // The descriptions once, lettered (a pointer can drag one onto its term); then per term a
  // row of letters to pick from.
  for (size_t k = 0; k < shown.size(); ++k) {
    const std::string text = letter(k) + ". " + ui.text(q.pairs[shown[k]].match);
    const std::string id = prefix + ".match." + q.pairs[shown[k]].id;
    if (!done) {
      dragGrip(ui, id, dragType.c_str(), static_cast<int>(k), text, ImGui::GetTextLineHeight());
      ImGui::SameLine(0, ui.px(4));
    }
    paragraph(ui, id, text);
  }
  gap(ui, 4);
  for (size_t t = 0; t < q.pairs.size(); ++t) {
    const auto& term = q.pairs[t];
    const ImVec2 termStart = ImGui::GetCursorScreenPos();
    const float termWidth = ImGui::GetContentRegionAvail().x;
    styledText(ui, prefix + ".term." + term.id, ui.text(term.term), ui.fonts.bold, ui.pal().text);
    {
      Scope group(ui, prefix + ".term." + term.id + ".group", Role::radiogroup, ui.text(term.term));
      ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha, 1.0f);
      ImGui::BeginDisabled(done);
      // The letters side by side, each a 44 px target at least, wrapping when the row is full.
      const float letterW = ui.px(80), rowRight = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
      for (size_t k = 0; k < shown.size(); ++k) {
        const auto& cand = q.pairs[shown[k]];
        auto it = st.answer.matches.find(term.id);
        const bool on = it != st.answer.matches.end() && it->second == cand.id;
        if (k > 0) {
          ImGui::SameLine(0, ui.px(8));
          if (ImGui::GetCursorScreenPos().x + letterW > rowRight) ImGui::NewLine();
        }
        if (radio(ui, prefix + ".term." + term.id + "." + cand.id, letter(k), on, letterW) && !st.grade)
          st.answer.matches[term.id] = cand.id;
        ui.sem.lastAdded().label = letter(k) + ". " + ui.text(cand.match);
      }
      ImGui::EndDisabled();
      ImGui::PopStyleVar();
    }
    const ImVec2 termEnd(termStart.x + termWidth, ImGui::GetItemRectMax().y);
    if (const auto k = dropRegion(ui, prefix + ".term." + term.id, dragType.c_str(), termStart, termEnd);
        k && !done && static_cast<size_t>(*k) < shown.size())
      st.answer.matches[term.id] = q.pairs[shown[static_cast<size_t>(*k)]].id;
    if (st.grade && t < st.grade->marks.size()) {
      const bool ok = st.grade->marks[t] == core::Mark::correct;
      std::string right;
      for (size_t k = 0; k < shown.size(); ++k)
        if (q.pairs[shown[k]].id == term.id) right = letter(k);
      notice(ui, prefix + ".term." + term.id + ".mark", ok ? Tone::good : Tone::bad,
             ui.tr(ok ? "quiz.correct" : "quiz.wrong"),
             ok ? "" : ui.i18n.format("quiz.right_answer", ui.lang, {{"answer", right}}));
    }
  }
}

bool answerComplete(const core::Question& q, const QuestionState& st) {
  switch (q.type) {
    case core::QuestionType::single:
    case core::QuestionType::multiple:
      return !st.answer.selected.empty();
    case core::QuestionType::ordering:
      return true;
    case core::QuestionType::matching:
      return st.answer.matches.size() == q.pairs.size();
  }
  return false;
}

// A new attempt: the learner's order for it (fresh per attempt), an empty answer.
void startAttempt(Model& model, size_t module, const core::Question& q, QuestionState& st) {
  st.order = model.learner.presentationOrder(module, q);
  st.answer = core::QuizAnswer{};
  if (q.type == core::QuestionType::ordering)
    for (size_t i : st.order) st.answer.order.push_back(q.items[i].id);
  st.started = true;
}

}  // namespace

bool drawQuestion(Ui& ui, Model& model, size_t module, const core::Question& q, QuestionState& st,
                  const std::string& prefix) {
  if (!st.started) startAttempt(model, module, q, st);
  switch (q.type) {
    case core::QuestionType::single:
    case core::QuestionType::multiple:
      optionsQuestion(ui, q, st, prefix);
      break;
    case core::QuestionType::ordering:
      orderingQuestion(ui, q, st, prefix);
      break;
    case core::QuestionType::matching:
      matchingQuestion(ui, q, st, prefix);
      break;
  }
  gap(ui, 6);
  if (!st.grade) {
    if (button(ui, prefix + ".check", ui.tr("quiz.check"), ButtonKind::primary, !answerComplete(q, st))) {
      st.grade = model.learner.answer(module, q, st.answer);
      ui.wantRedraw = true;
      // The button is gone: focus and view go to the result, with the explanation under it.
      ui.sem.requestRevealNext(prefix + ".result");
      ui.sem.setFocusTarget(prefix + ".result");
      return true;
    }
    return false;
  }
  const core::QuestionProgress* qp = model.learner.questionProgress(module, q.id);
  const bool practice = qp && qp->attempts > 1;  // this attempt was a retry
  const Tone tone = st.grade->correct ? Tone::good : st.grade->score > 0 ? Tone::warning : Tone::bad;
  // A percentage only where part of the points can be earned: for one pick it says no more
  // than the title ("0%" under "Nog niet goed").
  std::string result =
      q.type == core::QuestionType::single ? "" : formatNumber(st.grade->score * 100, 0, ui.lang) + "%";
  if (practice) result += (result.empty() ? "" : " \xC2\xB7 ") + ui.tr("quiz.practice");
  notice(ui, prefix + ".result", tone,
         ui.tr(st.grade->correct     ? "quiz.correct"
               : st.grade->score > 0 ? "quiz.partly"
                                     : "quiz.wrong"),
         result);
  ui.sem.lastAdded().live = Live::polite;
  heading(ui, prefix + ".explanation", ui.tr("quiz.explanation"), 3);
  RichTextEvents ev;
  richText(ui, prefix + ".explanation.text", ui.text(q.explanation), ev);
  if (!ev.glossaryTerm.empty()) model.glossaryTerm = ev.glossaryTerm;
  if (!st.grade->correct && button(ui, prefix + ".retry", ui.tr("quiz.retry_practice"), ButtonKind::secondary)) {
    st.grade.reset();
    startAttempt(model, module, q, st);
    ui.sem.setFocusTarget(prefix + ".hint");
  }
  return false;
}

}  // namespace leren::ui
