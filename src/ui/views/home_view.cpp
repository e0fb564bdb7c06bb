// Home: the course, where to continue, its modules and cases, and any content problems.
#include <imgui.h>

#include <string>

#include "core/loader.hpp"
#include "ui/screen.hpp"
#include "ui/views/loading.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

int errorCount(const std::vector<core::Diagnostic>& ds) {
  int n = 0;
  for (const auto& d : ds) n += d.severity == core::Severity::error;
  return n;
}

void problemsSummary(Ui& ui, Model& model) {
  const auto all = core::allDiagnostics(model.course);
  const int errors = errorCount(all);
  if (errors == 0) return;
  // Name the first broken file and position right here; the full list is one click away.
  const core::Diagnostic* first = nullptr;
  for (const auto& d : all)
    if (d.severity == core::Severity::error) {
      first = &d;
      break;
    }
  std::string where = first->file;
  if (first->line > 0) where += ":" + std::to_string(first->line) + ":" + std::to_string(first->column);
  notice(ui, "home.problems", Tone::warning,
         ui.i18n.format("home.problems.title", ui.lang, {{"n", std::to_string(errors)}}),
         where + " \xE2\x80\x94 " + first->message.get(ui.lang));
  if (button(ui, "home.problems.open", ui.tr("home.problems.open"), ButtonKind::secondary))
    model.go(Nav{Screen::problems});
  gap(ui, 8);
}

std::string minutesMeta(Ui& ui, int minutes, size_t count, const char* countKey) {
  return ui.i18n.format("home.meta", ui.lang, {{"min", std::to_string(minutes)}, {"n", std::to_string(count)}}) +
         (countKey ? " " + ui.tr(countKey) : "");
}

}  // namespace

void drawNotices(Ui& ui, Model& model, const std::string& idPrefix) {
  for (size_t i = 0; i < model.notices.size(); ++i) {
    const std::string id = idPrefix + std::to_string(i);
    notice(ui, id, Tone::info, "", ui.text(model.notices[i]));
    // Progress the browser will not store lives only in this page: the way to keep it is here.
    if (model.notices[i] == model.learner.saveFailedNotice()) {
      if (button(ui, id + ".export", ui.tr("progress.export"), ButtonKind::secondary))
        model.host.download("sociaal-domein-leren-voortgang.json", "application/json", model.learner.exportJson());
      ImGui::SameLine();
    }
    if (button(ui, id + ".close", ui.tr("common.close"), ButtonKind::ghost)) {
      model.notices.erase(model.notices.begin() + static_cast<long>(i));
      break;
    }
  }
}

namespace {

// "Verder waar je was": back to the last page, knowledge check or case.
void continueButton(Ui& ui, Model& model) {
  const std::optional<core::Position> resume = model.learner.resumePosition();
  if (!resume) return;
  const core::Position& last = *resume;
  const core::Course& c = model.course;
  std::string where;
  Nav to;
  for (size_t i = 0; i < c.modules.size(); ++i) {
    const core::Module& m = c.modules[i];
    if (m.id != last.container || !m.available) continue;
    if (last.kind == core::Position::Kind::quiz) {
      to = Nav{Screen::quiz, static_cast<int>(i), 0};
      where = ui.text(m.title) + " \xC2\xB7 " + ui.tr("quiz.title");
    }
    for (size_t p = 0; p < m.pages.size() && last.kind == core::Position::Kind::page; ++p)
      if (m.pages[p].id == last.page) {
        to = Nav{Screen::page, static_cast<int>(i), static_cast<int>(p)};
        where = ui.text(m.title) + " \xC2\xB7 " + ui.text(m.pages[p].title);
      }
  }
  for (size_t i = 0; i < c.cases.size() && last.kind == core::Position::Kind::caseRun; ++i)
    if (c.cases[i].id == last.container && c.cases[i].available) {
      to = Nav{Screen::caseView, -1, 0, static_cast<int>(i)};
      where = ui.text(c.cases[i].title);
    }
  if (where.empty()) return;
  if (button(ui, "home.continue", ui.tr("home.continue") + ": " + where)) {
    if (to.screen == Screen::caseView) model.caseStarted = true;
    model.go(to);
  }
  gap(ui, 4);
}

void search(Ui& ui, Model& model) {
  textField(ui, "home.search", ui.tr("home.search.hint"), model.search, ui.tr("home.search.hint"));
  if (model.search.empty()) return;
  if (!model.searchIndex) {
    // Search works before modules and cases are loaded, from search.json (the course index).
    if (!ensureSearch(ui, model, "home.search.loading")) return;
    const core::SearchTexts* texts = model.content ? model.content->searchTexts() : nullptr;
    model.searchIndex = texts ? std::make_shared<core::SearchIndex>(model.course, *texts)
                              : std::make_shared<core::SearchIndex>(model.course);
  }
  const auto hits = model.searchIndex->find(model.search, ui.lang);
  if (hits.empty()) {
    paragraph(ui, "home.search.none", ui.tr("home.search.none"), true);
    return;
  }
  for (size_t i = 0; i < hits.size(); ++i) {
    const core::SearchHit& h = hits[i];
    const std::string kind = ui.tr(h.kind == core::SearchHit::Kind::page           ? "home.search.page"
                                   : h.kind == core::SearchHit::Kind::caseScenario ? "home.search.case"
                                                                                   : "home.search.term");
    if (link(ui, "home.search.hit" + std::to_string(i), kind + ": " + h.title)) {
      if (h.kind == core::SearchHit::Kind::page)
        model.go(Nav{Screen::page, static_cast<int>(h.module), static_cast<int>(h.page)});
      else if (h.kind == core::SearchHit::Kind::caseScenario) {
        model.caseStarted = false;
        model.go(Nav{Screen::caseView, -1, 0, static_cast<int>(h.caseIndex)});
      } else
        model.glossaryTerm = h.termId;
    }
    smallText(ui, "home.search.hit" + std::to_string(i) + ".snippet", h.snippet);
  }
  gap(ui, 8);
}

}  // namespace

void drawHome(Ui& ui, Model& model) {
  const core::Course& c = model.course;
  beginScreen(ui, model, "home", ui.text(c.title));
  heading(ui, "home.title", ui.text(c.title), 1);
  paragraph(ui, "home.subtitle", ui.text(c.subtitle), true);
  gap(ui, 6);
  drawNotices(ui, model, "home.notice");
  problemsSummary(ui, model);
  continueButton(ui, model);
  search(ui, model);

  heading(ui, "home.modules", ui.tr("home.modules"), 2);
  for (size_t i = 0; i < c.modules.size(); ++i) {
    const core::Module& m = c.modules[i];
    CardInfo info;
    info.title = std::to_string(i + 1) + ". " + (m.title.empty() ? m.file : ui.text(m.title));
    info.body = ui.text(m.summary);
    info.meta = minutesMeta(ui, m.minutes, m.pages.size(), "home.pages");
    info.disabled = !m.available;
    if (!m.available) info.badge = ui.tr("home.unavailable");
    if (m.available && !m.pages.empty())
      info.progress = static_cast<float>(model.learner.pagesRead(i)) / static_cast<float>(m.pages.size());
    if (card(ui, "home.module." + m.id, info)) model.go(Nav{Screen::page, static_cast<int>(i), 0});
  }
  gap(ui, 10);
  heading(ui, "home.cases", ui.tr("home.cases"), 2);
  for (size_t i = 0; i < c.cases.size(); ++i) {
    const core::Case& k = c.cases[i];
    CardInfo info;
    info.title = k.title.empty() ? k.file : ui.text(k.title);
    info.body = ui.text(k.summary);
    info.meta = ui.i18n.format("home.case.meta", ui.lang, {{"min", std::to_string(k.minutes)}}) +
                (k.role.empty() ? "" : " \xC2\xB7 " + ui.text(k.role));
    info.disabled = !k.available;
    if (!k.available) info.badge = ui.tr("home.unavailable");
    const core::CaseProgress* cp = model.learner.caseProgress(k.id);
    if (cp && !cp->endingsReached.empty()) info.badge = ui.tr("home.case.done");
    if (card(ui, "home.case." + k.id, info)) {
      model.caseStarted = false;  // a case opened from home starts at its intro (with "continue")
      model.go(Nav{Screen::caseView, -1, 0, static_cast<int>(i)});
    }
  }
  gap(ui, 10);
  if (link(ui, "home.glossary", ui.tr("home.glossary"))) model.go(Nav{Screen::glossary});
  if (model.trainerMode && link(ui, "home.trainer", ui.tr("trainer.title"))) model.go(Nav{Screen::trainer});
  endScreen(ui);
}

}  // namespace leren::ui
