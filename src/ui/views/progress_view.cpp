// Progress: per module (pages read, knowledge check) and per case (endings reached, best
// score); export as a printable summary or JSON, import JSON, copy, reset with confirmation.
#include <imgui.h>

#include "core/progress_report.hpp"
#include "ui/figures/figures.hpp"
#include "ui/screen.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {
namespace {

void resetDialog(Ui& ui, Model& model) {
  Scope dialog(ui, "progress.reset.dialog", Role::alertdialog, ui.tr("progress.reset.confirm"));
  notice(ui, "progress.reset.text", Tone::bad, ui.tr("progress.reset"), ui.tr("progress.reset.confirm"));
  if (button(ui, "progress.reset.yes", ui.tr("progress.reset.yes"), ButtonKind::danger)) {
    model.learner.reset();
    model.quizzes.clear();
    model.confirmReset = false;
  }
  ImGui::SameLine();
  if (button(ui, "progress.reset.no", ui.tr("progress.reset.no"), ButtonKind::secondary)) model.confirmReset = false;
}

}  // namespace

void drawProgress(Ui& ui, Model& model) {
  const core::Course& course = model.course;
  core::Learner& learner = model.learner;
  beginScreen(ui, model, "progress", ui.tr("progress.title"));
  heading(ui, "progress.title", ui.tr("progress.title"), 1);
  drawNotices(ui, model, "progress.notice");
  heading(ui, "progress.modules", ui.tr("progress.modules"), 2);
  for (size_t i = 0; i < course.modules.size(); ++i) {
    const core::Module& m = course.modules[i];
    if (!m.available) continue;
    const size_t read = learner.pagesRead(i);
    std::string line = ui.i18n.format("progress.pages", ui.lang,
                                      {{"n", std::to_string(read)}, {"total", std::to_string(m.pages.size())}});
    const core::QuizSummary s = learner.quizSummary(i);
    if (s.answered > 0)
      line += " \xC2\xB7 " + ui.i18n.format("progress.quiz", ui.lang, {{"pct", formatNumber(s.percent, 0, ui.lang)}}) +
              " (" + ui.tr(s.passed ? "quiz.passed" : "quiz.not_passed") + ")";
    else
      line += " \xC2\xB7 " + ui.tr("progress.quiz.none");
    heading(ui, "progress.module." + m.id, ui.text(m.title), 3);
    paragraph(ui, "progress.module." + m.id + ".summary", line, true);
    progressBar(ui, "progress.module." + m.id + ".bar", ui.text(m.title),
                m.pages.empty() ? 0.f : static_cast<float>(read) / static_cast<float>(m.pages.size()), line);
  }
  heading(ui, "progress.cases", ui.tr("progress.cases"), 2);
  for (const auto& c : course.cases) {
    if (!c.available) continue;
    const core::CaseProgress* cp = learner.caseProgress(c.id);
    std::string line = ui.tr("progress.case.none");
    if (cp && !cp->endingsReached.empty())
      line =
          ui.i18n.format("progress.case", ui.lang,
                         {{"n", std::to_string(cp->endingsReached.size())},
                          {"total", std::to_string(c.endings.size())},
                          {"pct", cp->scored ? formatNumber(cp->scored->percent, 0, ui.lang) + "%" : "\xE2\x80\x94"}});
    heading(ui, "progress.case." + c.id, ui.text(c.title), 3);
    paragraph(ui, "progress.case." + c.id + ".summary", line, true);
  }
  gap(ui, 10);
  if (button(ui, "progress.export.print", ui.tr("progress.export.print"), ButtonKind::secondary))
    model.host.openHtml(core::progressHtml(learner.progress(), course, ui.i18n, ui.lang));
  ImGui::SameLine();
  if (button(ui, "progress.export.json", ui.tr("progress.export.json"), ButtonKind::secondary))
    model.host.download("sociaal-domein-leren-voortgang.json", "application/json", learner.exportJson());
  copyButton(ui, model, "progress.copy", ui.tr("progress.copy"),
             [&] { return core::progressText(learner.progress(), course, ui.i18n, ui.lang); });
  if (!ui.sem.find("progress.copy.done")) ImGui::SameLine();
  if (button(ui, "progress.import", ui.tr("progress.import"), ButtonKind::secondary))
    model.host.pickTextFile([&model](const std::string& text) { model.pendingImport = text.empty() ? " " : text; });
  gap(ui, 10);
  if (!model.confirmReset) {
    if (button(ui, "progress.reset", ui.tr("progress.reset"), ButtonKind::danger)) model.confirmReset = true;
  } else {
    resetDialog(ui, model);
  }
  endScreen(ui);
}

}  // namespace leren::ui
