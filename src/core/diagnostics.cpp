#include "core/diagnostics.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace leren::core {

const char* severityName(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

size_t countSeverity(const std::vector<Diagnostic>& diagnostics, Severity severity) {
  return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                           [&](const Diagnostic& d) { return d.severity == severity; }));
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) { return countSeverity(diagnostics, Severity::error) > 0; }

bool hasWarnings(const std::vector<Diagnostic>& diagnostics) {
  return countSeverity(diagnostics, Severity::warning) > 0;
}

nlohmann::json diagnosticsJson(const std::vector<Diagnostic>& diagnostics) {
  nlohmann::json out = nlohmann::json::array();
  for (const Diagnostic& d : diagnostics)
    out.push_back({{"severity", severityName(d.severity)},
                   {"code", d.code},
                   {"file", d.file},
                   {"pointer", d.pointer},
                   {"line", d.line},
                   {"column", d.column},
                   {"message", {{"nl", d.message.nl}, {"en", d.message.en}}}});
  return out;
}

std::string formatDiagnostic(const Diagnostic& d, Lang lang) {
  std::string out = d.file;
  if (d.line > 0) {
    out += ':' + std::to_string(d.line) + ':' + std::to_string(d.column);
  }
  out += ": ";
  out += severityName(d.severity);
  out += ": ";
  out += d.message.get(lang);
  out += " [" + d.code + "]";
  out += " (" + (d.pointer.empty() ? std::string("/") : d.pointer) + ")";
  return out;
}

}  // namespace leren::core
