#pragma once
// A diagnostic is a finding about the content, written for the trainer who wrote it.
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/text.hpp"

namespace leren::core {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  // Stable machine-readable code, e.g. "schema.required", "ref.unresolved", "field.unknown".
  std::string code;
  // Content file, relative to the course directory (e.g. "cases/01-dementie.json").
  std::string file;
  // JSON Pointer (RFC 6901) of the offending value; "" is the whole document.
  std::string pointer;
  // 1-based position of the offending value in the file; 0 = unknown.
  int line = 0;
  int column = 0;
  Text message;
};

const char* severityName(Severity severity);  // "error" / "warning"
bool hasErrors(const std::vector<Diagnostic>& diagnostics);
bool hasWarnings(const std::vector<Diagnostic>& diagnostics);
size_t countSeverity(const std::vector<Diagnostic>& diagnostics, Severity severity);

// One line in compiler style, so editors can jump to it:
//   "file:line:col: error: message [code] (pointer)".  Without a position: "file: error: ...".
std::string formatDiagnostic(const Diagnostic& d, Lang lang);

// As JSON, the course index's and the page's checker's form:
// [{"severity", "code", "file", "pointer", "line", "column", "message": {"nl", "en"}}].
nlohmann::json diagnosticsJson(const std::vector<Diagnostic>& diagnostics);

}  // namespace leren::core
