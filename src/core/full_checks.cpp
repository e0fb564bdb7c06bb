#include "core/full_checks.hpp"

#include <nlohmann/json.hpp>

#include "core/case_analysis.hpp"
#include "core/case_cycles.hpp"
#include "core/content_lint.hpp"
#include "core/figure_checks.hpp"
#include "core/json_text.hpp"
#include "core/loader_item.hpp"
#include "core/markdown_reference.hpp"

namespace leren::core {
namespace {

class Here : public FullChecks {
 public:
  std::optional<std::vector<Diagnostic>> check(const Module& m, const std::string& path, const std::string&,
                                               const LoadOptions& options) override {
    std::vector<Diagnostic> found;
    if (options.analyzeCases) checkFigures(m, found);
    if (options.lint && !hasErrors(found)) {  // lint reads content the checks found sound
      std::vector<Diagnostic> lint = lintModule(m, path);
      found.insert(found.end(), lint.begin(), lint.end());
    }
    return found;
  }
  std::optional<std::vector<Diagnostic>> check(const Case& c, const std::string& path, const std::string&,
                                               const LoadOptions& options) override {
    std::vector<Diagnostic> found;
    if (options.analyzeCases) {
      analyzeCase(c, path, found, options.playCases);
      reportClosedLoopsOnce(c, found);
    }
    if (options.lint && !hasErrors(found)) {  // lint reads content the checks found sound
      std::vector<Diagnostic> lint = lintCase(c, path);
      found.insert(found.end(), lint.begin(), lint.end());
    }
    return found;
  }
};

template <typename Item>
std::vector<Diagnostic> checkAlone(const std::string& path, const std::string& text, bool play) {
  static const std::vector<Module> kNoModules;
  LoadOptions reading;  // reading only: no fullChecks
  reading.markdownReference = md::readsLikeCommonMark;
  loading::ItemChecks checks;
  checks.modules = &kNoModules;
  checks.modulesComplete = false;  // references to modules are the page's to check
  checks.options = &reading;
  loading::LimitedReader::Result file{loading::LimitedReader::Outcome::read, text, text.size()};
  loading::ItemLoad<Item> load("", path, std::move(file), std::nullopt, std::move(checks));
  load.runToEnd();
  // Of the reading's findings only this one is new to the page (its own reader has no md4c).
  std::vector<Diagnostic> found;
  for (const Diagnostic& d : load.item().diagnostics)
    if (d.code == "markdown.reads-differently") found.push_back(d);
  if (hasErrors(load.item().diagnostics)) return found;
  LoadOptions options;
  options.playCases = play;
  std::vector<Diagnostic> more =
      fullChecksHere().check(load.item(), path, text, options).value_or(std::vector<Diagnostic>{});
  found.insert(found.end(), more.begin(), more.end());
  return found;
}

}  // namespace

FullChecks& fullChecksHere() {
  static Here here;
  return here;
}

std::string fullChecksOfFile(bool isCase, const std::string& path, const std::string& text, bool play) {
  return findingsToJson(isCase ? checkAlone<Case>(path, text, play) : checkAlone<Module>(path, text, play));
}

std::string findingsToJson(const std::vector<Diagnostic>& findings) { return diagnosticsJson(findings).dump(); }

std::vector<Diagnostic> findingsFromJson(const std::string& text, const std::string& path) {
  const nlohmann::json list = parseJson(text);
  std::vector<Diagnostic> out;
  const auto str = [](const nlohmann::json& o, const char* key) {
    return o.contains(key) && o[key].is_string() ? o[key].get<std::string>() : std::string();
  };
  bool readable = list.is_array();
  if (readable) {
    for (const nlohmann::json& o : list) {
      if (!o.is_object() || str(o, "code").empty()) {
        readable = false;
        break;
      }
      Diagnostic d;
      d.severity = str(o, "severity") == "warning" ? Severity::warning : Severity::error;
      d.code = str(o, "code");
      d.file = str(o, "file").empty() ? path : str(o, "file");
      d.pointer = str(o, "pointer");  // the loader places it (line, column) in the file
      if (o.contains("message") && o["message"].is_object())
        d.message = Text{str(o["message"], "nl"), str(o["message"], "en")};
      out.push_back(std::move(d));
    }
  }
  if (readable) return out;
  const std::string reason = list.is_object() ? str(list, "error") : std::string();
  return {Diagnostic{Severity::warning, "check.unavailable", path, "", 0, 0,
                     Text{"De volledige controle van dit bestand (casusanalyse, lint) kon in de browser niet draaien" +
                              (reason.empty() ? std::string() : " (" + reason + ")") +
                              ". Het bestand is geladen zoals het is; controleer het met coursetool.",
                          "The full check of this file (case analysis, lint) could not run in the browser" +
                              (reason.empty() ? std::string() : " (" + reason + ")") +
                              ". The file was loaded as it is; check it with coursetool."}}};
}

}  // namespace leren::core
