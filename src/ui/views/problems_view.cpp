// Content problems: every diagnostic of the loaded content, grouped per file, with the file,
// line, column and JSON Pointer a trainer needs to fix it. The rest of the course keeps working.
#include <imgui.h>

#include <map>

#include "core/loader.hpp"
#include "ui/screen.hpp"
#include "ui/views/views.hpp"
#include "ui/widgets.hpp"

namespace leren::ui {

void drawProblems(Ui& ui, Model& model) {
  beginScreen(ui, model, "problems", ui.tr("problems.title"));
  heading(ui, "problems.title", ui.tr("problems.title"), 1);
  paragraph(ui, "problems.intro", ui.tr("problems.intro"), true);
  std::map<std::string, std::vector<const core::Diagnostic*>> byFile;
  const auto all = core::allDiagnostics(model.course);
  for (const auto& d : all) byFile[d.file].push_back(&d);
  int n = 0;
  for (const auto& [file, list] : byFile) {
    heading(ui, "problems.file." + file, file, 3);
    for (const core::Diagnostic* d : list) {
      std::string where = d->line > 0
                              ? ui.i18n.format("problems.where", ui.lang,
                                               {{"line", std::to_string(d->line)}, {"col", std::to_string(d->column)}})
                              : "";
      if (!d->pointer.empty()) where += (where.empty() ? "" : " \xC2\xB7 ") + d->pointer;
      notice(ui, "problems." + std::to_string(n++), d->severity == core::Severity::error ? Tone::bad : Tone::warning,
             ui.tr(d->severity == core::Severity::error ? "problems.error" : "problems.warning") +
                 (where.empty() ? "" : " \xE2\x80\x94 " + where),
             d->message.get(ui.lang) + " [" + d->code + "]");
    }
  }
  if (all.empty()) paragraph(ui, "problems.none", ui.tr("problems.none"));
  if (button(ui, "problems.back", ui.tr("common.back"))) model.back();
  endScreen(ui);
}

}  // namespace leren::ui
