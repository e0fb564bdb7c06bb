#include "core/progress_report.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/json_text.hpp"
#include "core/progress_migration.hpp"
#include "core/quiz.hpp"

namespace leren::core {
namespace {

constexpr const char* kFormat = "sociaal-domein-leren-progress";

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

nlohmann::json optionalNumber(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

nlohmann::json questionJson(const QuestionProgress& q) {
  return {{"first", optionalNumber(q.firstScore)}, {"best", q.bestScore}, {"attempts", q.attempts}};
}

nlohmann::json caseJson(const CaseProgress& c) {
  nlohmann::json j{{"run", c.run},
                   {"endingsReached", c.endingsReached},
                   {"runsCompleted", c.runsCompleted},
                   {"undos", c.undos},
                   {"practice", c.practice},
                   {"practiceBest", optionalNumber(c.practiceBest)},
                   {"scored", nullptr}};
  if (c.scored)
    j["scored"] = {{"ending", c.scored->ending},
                   {"percent", c.scored->percent},
                   {"passed", c.scored->passed},
                   {"scores", c.scored->scores}};
  return j;
}

nlohmann::json modulesJson(const Progress& p) {
  nlohmann::json modules = nlohmann::json::object();
  for (const auto& [id, mp] : p.modules) {
    nlohmann::json q = nlohmann::json::object();
    for (const auto& [qid, qp] : mp.questions) q[qid] = questionJson(qp);
    modules[id] = {{"visitedPages", mp.visitedPages}, {"questions", q}};
  }
  return modules;
}

}  // namespace

std::string exportProgressJson(const Progress& progress, const Course& course) {
  nlohmann::json j;
  j["format"] = kFormat;
  j["version"] = 1;
  j["course"] = course.id;
  j["encoded"] = encodeProgress(progress, catalogFor(course));
  // A readable copy beside the encoded text (import reads only "encoded").
  nlohmann::json cases = nlohmann::json::object();
  for (const auto& [id, cp] : progress.cases) {
    cases[id] = caseJson(cp);
    cases[id]["choiceLog"] = cp.choiceLog;
  }
  j["modules"] = modulesJson(progress);
  j["cases"] = cases;
  return j.dump(2);
}

ImportedProgress importProgressJson(const std::string& text, const Course& course) {
  ImportedProgress result;
  const nlohmann::json j = parseJson(text);
  if (j.is_discarded() || !j.is_object() || !j.contains("encoded") || !j["encoded"].is_string()) return result;
  DecodedProgress d = decodeProgress(j["encoded"].get<std::string>(), catalogFor(course));
  if (d.status != DecodedProgress::Status::ok) return result;
  result.notices = std::move(d.notices);
  migrateCaseLogs(d.progress, course, result.notices);
  result.progress = std::move(d.progress);
  result.ok = true;
  return result;
}

nlohmann::json learnerState(const Progress& p, const Course& course, const CaseRun* run) {
  nlohmann::json s;
  s["language"] = langCode(p.settings.language);
  if (run) {
    const Case& c = run->caseData();
    s["case"] = c.id;
    s["caseNode"] = run->finished() ? "" : c.nodes[run->position()].id;
    s["caseEnding"] = run->finished() ? c.endings[run->position()].id : "";
    s["caseLog"] = run->log();
    nlohmann::json vars = nlohmann::json::object(), scores = nlohmann::json::object();
    for (size_t i = 0; i < c.variables.size(); ++i) vars[c.variables[i].id] = run->state().variables[i];
    for (size_t i = 0; i < c.scoring.dimensions.size(); ++i)
      scores[c.scoring.dimensions[i].id] = run->state().scores[i];
    s["caseVariables"] = vars;
    s["caseScores"] = scores;
  }
  s["modules"] = modulesJson(p);
  nlohmann::json cases = nlohmann::json::object();
  for (const auto& [id, cp] : p.cases) {
    cases[id] = caseJson(cp);
    cases[id]["choiceLog"] = cp.choiceLog;  // every case's saved run, not only the open one
  }
  s["cases"] = cases;
  (void)course;
  return s;
}

ProgressReport progressReport(const Progress& progress, const Course& course, const I18n& i18n, Lang lang) {
  ProgressReport r;
  for (const Module& m : course.modules) {
    if (!m.available) continue;
    auto it = progress.modules.find(m.id);
    const size_t read = it == progress.modules.end() ? 0 : it->second.visitedPages.size();
    std::string d =
        i18n.format("progress.pages", lang, {{"n", std::to_string(read)}, {"total", std::to_string(m.pages.size())}});
    if (it != progress.modules.end() && !it->second.questions.empty())
      d += "; " +
           i18n.format("progress.quiz", lang, {{"pct", percent(summarizeQuiz(m.quiz, it->second.questions).percent)}});
    r.modules.push_back({m.title.get(lang), d});
  }
  for (const Case& c : course.cases) {
    if (!c.available) continue;
    auto it = progress.cases.find(c.id);
    std::string d = i18n.tr("progress.case.none", lang);
    if (it != progress.cases.end() && !it->second.endingsReached.empty())
      d = i18n.format("progress.case", lang,
                      {{"n", std::to_string(it->second.endingsReached.size())},
                       {"total", std::to_string(c.endings.size())},
                       {"pct", it->second.scored ? percent(it->second.scored->percent) + "%" : "-"}});
    r.cases.push_back({c.title.get(lang), d});
  }
  return r;
}

std::string progressText(const Progress& progress, const Course& course, const I18n& i18n, Lang lang) {
  const ProgressReport r = progressReport(progress, course, i18n, lang);
  std::string out = course.title.get(lang) + "\n\n" + i18n.tr("progress.modules", lang) + "\n";
  for (const auto& l : r.modules) out += "- " + l.title + ": " + l.detail + "\n";
  out += "\n" + i18n.tr("progress.cases", lang) + "\n";
  for (const auto& l : r.cases) out += "- " + l.title + ": " + l.detail + "\n";
  return out;
}

std::string progressHtml(const Progress& progress, const Course& course, const I18n& i18n, Lang lang) {
  const ProgressReport r = progressReport(progress, course, i18n, lang);
  // Styled by the module's own stylesheet (web/print.css), not a <style>: the page inherits the
  // module's Content-Security-Policy (style-src 'self').
  std::string h = "<!doctype html><html lang=\"" + std::string(langCode(lang)) +
                  "\"><head><meta charset=\"utf-8\"><title>" + escapeHtml(i18n.tr("progress.title", lang)) +
                  "</title><link rel=\"stylesheet\" href=\"print.css\"></head><body>";
  h += "<h1>" + escapeHtml(course.title.get(lang)) + "</h1><p>" + escapeHtml(i18n.tr("progress.title", lang)) + "</p>";
  auto table = [&](const std::string& title, const std::vector<ReportLine>& lines) {
    h += "<h2>" + escapeHtml(title) + "</h2><table>";
    for (const auto& l : lines)
      h += "<tr><th>" + escapeHtml(l.title) + "</th><td>" + escapeHtml(l.detail) + "</td></tr>";
    h += "</table>";
  };
  table(i18n.tr("progress.modules", lang), r.modules);
  table(i18n.tr("progress.cases", lang), r.cases);
  h += "</body></html>";
  return h;
}

}  // namespace leren::core
