// Progress: per module (pages read, knowledge check) and per case (endings reached, best
// score); export as a printable summary or JSON, import JSON, copy, reset with confirmation.
#include <imgui.h>

#include <cmath>

#include "core/quiz.hpp"
#include "platform/web/js_bridge.hpp"
#include "ui/figures/figures.hpp"
#include "ui/progress_export.hpp"
#include "ui/screen.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

void drawProgress(Ui& ui, Model& model) {
  beginScreen(ui, model, "progress", ui.tr("progress.title"));
  heading(ui, "progress.title", ui.tr("progress.title"), 1);
  drawNotices(ui, model, "progress.notice");
  heading(ui, "progress.modules", ui.tr("progress.modules"), 2);
  for (const auto& m : model.course.modules) {
    if (!m.available) continue;
    auto it = model.progress.modules.find(m.id);
    const size_t read = it == model.progress.modules.end() ? 0 : it->second.visitedPages.size();
    std::string line = ui.i18n.format("progress.pages", ui.lang,
                                      {{"n", std::to_string(read)}, {"total", std::to_string(m.pages.size())}});
    if (it != model.progress.modules.end() && !it->second.questions.empty()) {
      const core::QuizSummary s = core::summarizeQuiz(m.quiz, it->second.questions);
      line += " \xC2\xB7 " + ui.i18n.format("progress.quiz", ui.lang, {{"pct", formatNumber(s.percent, 0, ui.lang)}}) +
              " (" + ui.tr(s.passed ? "quiz.passed" : "quiz.not_passed") + ")";
    } else {
      line += " \xC2\xB7 " + ui.tr("progress.quiz.none");
    }
    heading(ui, "progress.module." + m.id, ui.text(m.title), 3);
    paragraph(ui, "progress.module." + m.id + ".summary", line, true);
    progressBar(ui, "progress.module." + m.id + ".bar", ui.text(m.title),
                m.pages.empty() ? 0.f : static_cast<float>(read) / static_cast<float>(m.pages.size()));
  }
  heading(ui, "progress.cases", ui.tr("progress.cases"), 2);
  for (const auto& c : model.course.cases) {
    if (!c.available) continue;
    auto it = model.progress.cases.find(c.id);
    std::string line = ui.tr("progress.case.none");
    if (it != model.progress.cases.end() && !it->second.endingsReached.empty())
      line = ui.i18n.format(
          "progress.case", ui.lang,
          {{"n", std::to_string(it->second.endingsReached.size())},
           {"total", std::to_string(c.endings.size())},
           {"pct", it->second.bestPercent ? formatNumber(*it->second.bestPercent, 0, ui.lang) + "%" : "\xE2\x80\x94"}});
    heading(ui, "progress.case." + c.id, ui.text(c.title), 3);
    paragraph(ui, "progress.case." + c.id + ".summary", line, true);
  }
  gap(ui, 10);
  if (button(ui, "progress.export.print", ui.tr("progress.export.print"), ButtonKind::secondary))
    platform::openHtml(progressHtml(model, ui.lang));
  ImGui::SameLine();
  if (button(ui, "progress.export.json", ui.tr("progress.export.json"), ButtonKind::secondary))
    platform::downloadFile("sociaal-domein-leren-voortgang.json", "application/json", progressJson(model));
  if (button(ui, "progress.copy", ui.tr("progress.copy"), ButtonKind::secondary))
    platform::copyToClipboard(progressText(model, ui.lang));
  ImGui::SameLine();
  if (button(ui, "progress.import", ui.tr("progress.import"), ButtonKind::secondary))
    platform::pickTextFile([&model](const std::string& text) { model.pendingImport = text.empty() ? " " : text; });
  gap(ui, 10);
  if (!model.confirmReset) {
    if (button(ui, "progress.reset", ui.tr("progress.reset"), ButtonKind::danger)) model.confirmReset = true;
  } else {
    // The dialog's id prefixes its buttons' ids, so the accessible mirror nests them in it.
    notice(ui, "progress.reset", Tone::bad, ui.tr("progress.reset"), ui.tr("progress.reset.confirm"));
    ui.sem.lastAdded().role = "alertdialog";
    if (button(ui, "progress.reset.yes", ui.tr("progress.reset.yes"), ButtonKind::danger)) {
      const core::Settings keep = model.progress.settings;
      model.progress = core::Progress{};
      model.progress.settings = keep;
      model.run.reset();
      model.quizzes.clear();
      model.confirmReset = false;
      model.progressChanged = true;
    }
    ImGui::SameLine();
    if (button(ui, "progress.reset.no", ui.tr("progress.reset.no"), ButtonKind::secondary)) model.confirmReset = false;
  }
  endScreen(ui);
}

}  // namespace leren::ui
