// A module's moment of completion: what the learner did (pages read, the knowledge check as it
// counts), what they got right the first time, and what to revisit, each linked to the page
// that teaches it; then onwards: the next module, or a case on the same themes.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "ui/figures/figures.hpp"
#include "ui/screen.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

struct Asked {
  const core::Question* question;
  int page;  // the page it stands on, or teaches it (-1: none found)
};

bool shareTheme(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const auto& x : a)
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  return false;
}

// Every question of the module: the checks in its pages (on their page) and the knowledge
// check's (on the first page with a theme in common).
std::vector<Asked> questionsOf(const core::Module& m) {
  std::vector<Asked> out;
  for (size_t p = 0; p < m.pages.size(); ++p)
    for (const core::Block& b : m.pages[p].blocks)
      if (const auto* k = std::get_if<core::CheckBlock>(&b)) out.push_back({&k->question, static_cast<int>(p)});
  for (const core::Question& q : m.quiz.questions) {
    int page = -1;
    for (size_t p = 0; p < m.pages.size() && page < 0; ++p)
      if (shareTheme(q.themes, m.pages[p].themes)) page = static_cast<int>(p);
    out.push_back({&q, page});
  }
  return out;
}

std::string firstLine(Ui& ui, const core::Text& t) {
  std::string s = ui.text(t);
  const size_t nl = s.find('\n');
  if (nl != std::string::npos) s.resize(nl);
  std::erase(s, '*');
  return s;
}

}  // namespace

void drawModuleDone(Ui& ui, Model& model) {
  const core::Module* m = model.module();
  if (!m || !m->available) {
    model.back();
    return;
  }
  const size_t mi = static_cast<size_t>(model.nav.module);
  core::Learner& learner = model.learner;
  beginScreen(ui, model, "done." + m->id, ui.tr("done.module.title"));
  const size_t read = learner.pagesRead(mi);
  const core::QuizSummary quiz = learner.quizSummary(mi);
  const bool complete = read == m->pages.size() && (m->quiz.questions.empty() || quiz.answered == quiz.questions);
  completionBadge(ui, "done.badge", complete, ui.reducedMotion);
  // "Afgerond" above "nog niet gehaald" contradicts itself: worked through, not yet passed.
  const bool passed = m->quiz.questions.empty() || quiz.passed;
  heading(ui, "done.title",
          ui.tr(!complete ? "done.module.almost"
                : passed  ? "done.module.title"
                          : "done.module.worked"),
          1);
  paragraph(ui, "done.module", ui.text(m->title));

  std::vector<Asked> right, revisit, open;
  for (const Asked& a : questionsOf(*m)) {
    const core::QuestionProgress* qp = learner.questionProgress(mi, a.question->id);
    if (!qp)
      open.push_back(a);
    else if (qp->countedScore() >= 0.999)
      right.push_back(a);
    else
      revisit.push_back(a);
  }
  // Three tiles, as a summary page shows them at a glance: pages read, the score against the
  // pass mark, right the first time. Side by side where they fit, stacked on a phone.
  std::vector<std::pair<std::string, TileInfo>> tiles;
  tiles.push_back({"done.tile.pages",
                   {ui.tr("done.tile.pages"), std::to_string(read) + " / " + std::to_string(m->pages.size()),
                    ui.i18n.format("progress.pages", ui.lang,
                                   {{"n", std::to_string(read)}, {"total", std::to_string(m->pages.size())}}),
                    read == m->pages.size() ? Tone::good : Tone::info}});
  if (!m->quiz.questions.empty()) {
    const std::string pass = ui.i18n.format("done.tile.pass", ui.lang, {{"pass", std::to_string(m->quiz.passPercent)}});
    tiles.push_back(
        {"done.tile.score", quiz.answered > 0
                                ? TileInfo{ui.tr("done.tile.score"), formatNumber(quiz.percent, 0, ui.lang) + "%",
                                           pass + " \xC2\xB7 " + ui.tr(quiz.passed ? "quiz.passed" : "quiz.not_passed"),
                                           quiz.passed ? Tone::good : Tone::warning}
                                : TileInfo{ui.tr("done.tile.score"), "\xE2\x80\x94",
                                           pass + " \xC2\xB7 " + ui.tr("progress.quiz.none"), Tone::info}});
  }
  const size_t asked = right.size() + revisit.size() + open.size();
  if (asked > 0)
    tiles.push_back({"done.tile.right",
                     {ui.tr("done.right.short"), std::to_string(right.size()) + " / " + std::to_string(asked),
                      ui.i18n.format("done.tile.right", ui.lang,
                                     {{"n", std::to_string(right.size())}, {"total", std::to_string(asked)}}),
                      right.size() == asked ? Tone::good : Tone::info}});
  {
    Scope row(ui, "done.tiles", Role::group, ui.tr("done.tiles"));
    const float spacing = ui.px(12), avail = ImGui::GetContentRegionAvail().x;
    const float n = static_cast<float>(tiles.size());
    const bool sideBySide = !ui.narrow && (avail - spacing * (n - 1)) / n >= ui.px(150);
    const float width = sideBySide ? std::floor((avail - spacing * (n - 1)) / n) : avail;
    float height = 0;
    for (const auto& [id, t] : tiles) height = std::max(height, statTileHeight(ui, t, width));
    for (size_t i = 0; i < tiles.size(); ++i) {
      if (i > 0 && sideBySide) ImGui::SameLine(0, spacing);
      if (i > 0 && !sideBySide) gap(ui, 4);
      statTile(ui, tiles[i].first, tiles[i].second, width, sideBySide ? height : 0.0f);
    }
  }
  gap(ui, 8);
  heading(ui, "done.right", ui.i18n.format("done.right", ui.lang, {{"n", std::to_string(right.size())}}), 2);
  {
    Scope list(ui, "done.right.list", Role::list, ui.tr("done.right.short"));
    for (size_t i = 0; i < right.size(); ++i)
      bulletText(ui, "done.right." + std::to_string(i), firstLine(ui, right[i].question->prompt));
  }
  heading(ui, "done.revisit", ui.tr("done.revisit"), 2);
  if (revisit.empty() && open.empty()) paragraph(ui, "done.revisit.none", ui.tr("done.revisit.none"), true);
  {
    Scope list(ui, "done.revisit.list", Role::list, ui.tr("done.revisit"));
    int n = 0;
    for (const auto* group : {&revisit, &open})
      for (const Asked& a : *group) {
        const std::string id = "done.revisit." + std::to_string(n++);
        const std::string label = firstLine(ui, a.question->prompt) + " \xE2\x80\x94 " +
                                  ui.tr(group == &open ? "quiz.not_answered" : "done.not_first_time");
        bulletText(ui, id, label);
        if (a.page < 0) continue;
        // Under its question, where the bullet's text starts, not at the column's edge.
        const float indent = ImGui::GetFontSize() + ImGui::GetStyle().ItemSpacing.x;  // as bulletText()
        ImGui::Indent(indent);
        const bool go = link(ui, id + ".page", ui.tr("case.learn_more") + ": " + ui.text(m->pages[a.page].title));
        ImGui::Unindent(indent);
        if (go) model.go(Nav{Screen::page, model.nav.module, a.page});
      }
  }
  gap(ui, 12);
  // Onwards: the next module, or practice in a case on the same themes.
  if (mi + 1 < model.course.modules.size() && model.course.modules[mi + 1].available) {
    const core::Module& next = model.course.modules[mi + 1];
    if (button(ui, "done.next", ui.tr("done.next") + ": " + ui.text(next.title)))
      model.go(Nav{Screen::page, static_cast<int>(mi + 1), 0});
  }
  for (size_t i = 0; i < model.course.cases.size(); ++i) {
    const core::Case& c = model.course.cases[i];
    if (!c.available || !shareTheme(c.themes, m->themes)) continue;
    if (button(ui, "done.case", ui.tr("done.case") + ": " + ui.text(c.title), ButtonKind::secondary)) {
      model.caseStarted = false;
      model.go(Nav{Screen::caseView, -1, 0, static_cast<int>(i)});
    }
    break;
  }
  if (button(ui, "done.home", ui.tr("nav.home"), ButtonKind::ghost)) model.go(Nav{});
  endScreen(ui);
}

}  // namespace leren::ui
