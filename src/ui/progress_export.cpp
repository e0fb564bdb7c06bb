#include "ui/progress_export.hpp"

#include <nlohmann/json.hpp>

#include "core/progress_migration.hpp"
#include "core/quiz.hpp"

namespace leren::ui {
namespace {

std::string escapeHtml(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string percent(double v) { return std::to_string(static_cast<int>(v + 0.5)); }

// One line per module and case, in the learner's language (shared by text and HTML).
struct Line {
  std::string title, detail;
};
std::vector<Line> moduleLines(const Model& m, core::Lang lang) {
  std::vector<Line> out;
  for (const auto& mod : m.course.modules) {
    if (!mod.available) continue;
    auto it = m.progress.modules.find(mod.id);
    const size_t read = it == m.progress.modules.end() ? 0 : it->second.visitedPages.size();
    std::string d = m.i18n.format("progress.pages", lang,
                                  {{"n", std::to_string(read)}, {"total", std::to_string(mod.pages.size())}});
    if (it != m.progress.modules.end() && !it->second.questions.empty())
      d += "; " + m.i18n.format("progress.quiz", lang,
                                {{"pct", percent(core::summarizeQuiz(mod.quiz, it->second.questions).percent)}});
    out.push_back({mod.title.get(lang), d});
  }
  return out;
}
std::vector<Line> caseLines(const Model& m, core::Lang lang) {
  std::vector<Line> out;
  for (const auto& c : m.course.cases) {
    if (!c.available) continue;
    auto it = m.progress.cases.find(c.id);
    std::string d = m.i18n.tr("progress.case.none", lang);
    if (it != m.progress.cases.end() && !it->second.endingsReached.empty())
      d = m.i18n.format("progress.case", lang,
                        {{"n", std::to_string(it->second.endingsReached.size())},
                         {"total", std::to_string(c.endings.size())},
                         {"pct", it->second.bestPercent ? percent(*it->second.bestPercent) + "%" : "-"}});
    out.push_back({c.title.get(lang), d});
  }
  return out;
}

}  // namespace

std::string progressJson(const Model& model) {
  nlohmann::json j;
  j["format"] = "sociaal-domein-leren-progress";
  j["version"] = 1;
  j["course"] = model.course.id;
  j["encoded"] = core::encodeProgress(model.progress, core::catalogFor(model.course));
  nlohmann::json modules = nlohmann::json::object();
  for (const auto& [id, mp] : model.progress.modules) {
    nlohmann::json q = nlohmann::json::object();
    for (const auto& [qid, qp] : mp.questions) q[qid] = {{"bestScore", qp.bestScore}, {"attempts", qp.attempts}};
    modules[id] = {{"visitedPages", mp.visitedPages}, {"questions", q}};
  }
  nlohmann::json cases = nlohmann::json::object();
  for (const auto& [id, cp] : model.progress.cases)
    cases[id] = {{"choiceLog", cp.choiceLog},
                 {"endingsReached", cp.endingsReached},
                 {"runsCompleted", cp.runsCompleted},
                 {"bestPercent", cp.bestPercent ? nlohmann::json(*cp.bestPercent) : nlohmann::json()},
                 {"bestScores", cp.bestScores}};
  j["modules"] = modules;
  j["cases"] = cases;
  return j.dump(2);
}

std::string progressText(const Model& model, core::Lang lang) {
  std::string out = model.course.title.get(lang) + "\n\n" + model.i18n.tr("progress.modules", lang) + "\n";
  for (const auto& l : moduleLines(model, lang)) out += "- " + l.title + ": " + l.detail + "\n";
  out += "\n" + model.i18n.tr("progress.cases", lang) + "\n";
  for (const auto& l : caseLines(model, lang)) out += "- " + l.title + ": " + l.detail + "\n";
  return out;
}

std::string progressHtml(const Model& model, core::Lang lang) {
  std::string h =
      "<!doctype html><html lang=\"" + std::string(core::langCode(lang)) + "\"><head><meta charset=\"utf-8\"><title>" +
      escapeHtml(model.i18n.tr("progress.title", lang)) +
      "</title><style>body{font-family:'Noto Sans',system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 "
      "1rem;"
      "color:#1f2328;line-height:1.5}h1{color:#173f5f}td,th{padding:.3rem .6rem;border-bottom:1px solid "
      "#ddd;text-align:left;"
      "vertical-align:top}table{border-collapse:collapse;width:100%}@media print{body{margin:0}}</style></head><body>";
  h += "<h1>" + escapeHtml(model.course.title.get(lang)) + "</h1><p>" +
       escapeHtml(model.i18n.tr("progress.title", lang)) + "</p>";
  auto table = [&](const std::string& title, const std::vector<Line>& lines) {
    h += "<h2>" + escapeHtml(title) + "</h2><table>";
    for (const auto& l : lines)
      h += "<tr><th>" + escapeHtml(l.title) + "</th><td>" + escapeHtml(l.detail) + "</td></tr>";
    h += "</table>";
  };
  table(model.i18n.tr("progress.modules", lang), moduleLines(model, lang));
  table(model.i18n.tr("progress.cases", lang), caseLines(model, lang));
  h += "</body></html>";
  return h;
}

bool importProgress(Model& model, const std::string& text) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("encoded") || !j["encoded"].is_string()) return false;
  core::DecodedProgress d = core::decodeProgress(j["encoded"].get<std::string>(), core::catalogFor(model.course));
  if (d.status != core::DecodedProgress::Status::ok) return false;
  std::vector<core::ProgressNotice> notices = std::move(d.notices);
  core::migrateCaseLogs(d.progress, model.course, notices);
  d.progress.settings = model.progress.settings;  // keep this device's settings
  model.progress = std::move(d.progress);
  for (const auto& n : notices) model.notices.push_back(n.message);
  return true;
}

}  // namespace leren::ui
