#pragma once
// Progress as others read it: the JSON export a learner downloads and imports again, the
// learner-relevant state for learningModule.state(), and the printable summary (plain text
// for the clipboard, HTML for printing to PDF).
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/case_engine.hpp"
#include "core/content_model.hpp"
#include "core/i18n.hpp"
#include "core/progress.hpp"

namespace leren::core {

// {"format": "sociaal-domein-leren-progress", "version": 1, "course", "encoded", ...readable copy}
std::string exportProgressJson(const Progress& progress, const Course& course);

struct ImportedProgress {
  bool ok = false;  // false: not an export of this course (or damaged)
  Progress progress;
  std::vector<ProgressNotice> notices;  // what changed in the content since the export
};
ImportedProgress importProgressJson(const std::string& text, const Course& course);

// Language, position, the active case run (node or ending, log, variables, scores) and the
// stored results per module and case, as JSON (the page's learningModule.state() adds to it).
nlohmann::json learnerState(const Progress& progress, const Course& course, const CaseRun* activeRun);

// One line per available module and case ("Pagina's gelezen: 3 van 5; ..."), for the summary.
struct ReportLine {
  std::string title, detail;
};
struct ProgressReport {
  std::vector<ReportLine> modules, cases;
};
ProgressReport progressReport(const Progress& progress, const Course& course, const I18n& i18n, Lang lang);
std::string progressText(const Progress& progress, const Course& course, const I18n& i18n, Lang lang);
std::string progressHtml(const Progress& progress, const Course& course, const I18n& i18n, Lang lang);

}  // namespace leren::core
