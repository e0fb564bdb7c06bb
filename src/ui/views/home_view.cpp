// Home: the course, where to continue, its modules and cases, and any content problems.
#include <imgui.h>

#include <string>

#include "core/loader.hpp"
#include "ui/screen.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace sdl::ui {
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
    if (d.severity == core::Severity::error) { first = &d; break; }
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

void drawHome(Ui& ui, Model& model) {
  const core::Course& c = model.course;
  beginScreen(ui, model, "home", ui.text(c.title));
  heading(ui, "home.title", ui.text(c.title), 1);
  paragraph(ui, "home.subtitle", ui.text(c.subtitle), true);
  gap(ui, 6);
  for (size_t i = 0; i < model.notices.size(); ++i)
    notice(ui, "home.notice" + std::to_string(i), Tone::info, "", ui.text(model.notices[i]));
  problemsSummary(ui, model);

  heading(ui, "home.modules", ui.tr("home.modules"), 2);
  for (size_t i = 0; i < c.modules.size(); ++i) {
    const core::Module& m = c.modules[i];
    CardInfo info;
    info.title = std::to_string(i + 1) + ". " + (m.title.empty() ? m.file : ui.text(m.title));
    info.body = ui.text(m.summary);
    info.meta = minutesMeta(ui, m.minutes, m.pages.size(), "home.pages");
    info.disabled = !m.available;
    if (!m.available) info.badge = ui.tr("home.unavailable");
    auto it = model.progress.modules.find(m.id);
    if (m.available && !m.pages.empty())
      info.progress = it == model.progress.modules.end() ? 0.0f
                      : static_cast<float>(it->second.visitedPages.size()) / static_cast<float>(m.pages.size());
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
    auto it = model.progress.cases.find(k.id);
    if (it != model.progress.cases.end() && !it->second.endingsReached.empty()) info.badge = ui.tr("home.case.done");
    if (card(ui, "home.case." + k.id, info)) model.go(Nav{Screen::caseView, -1, 0, static_cast<int>(i)});
  }
  gap(ui, 10);
  if (link(ui, "home.glossary", ui.tr("home.glossary"))) model.go(Nav{Screen::glossary});
  endScreen(ui);
}

}  // namespace sdl::ui
