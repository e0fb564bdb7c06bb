#pragma once
// The checks a module or case gets beyond being read (loader_item.hpp), unless the build ran
// them on these very bytes: the case analysis with its closed loops (and, for coursetool, the
// bounded play-through), a module's figure checks, and the content lint. Their findings are
// located by JSON pointer; the loader places them (line, column) in the file.
//
// Behind an interface so that the wasm every learner loads need not carry them (41 KB):
// coursetool, the native tests and the page's checker (a Web Worker with a wasm of its own,
// src/platform/web/checker/) run them here and now (fullChecksHere); the page's module sends
// an edited file to that worker and the findings come back later
// (ContentLoader::deliverFindings).
#include <optional>
#include <string>
#include <vector>

#include "core/content_model.hpp"
#include "core/diagnostics.hpp"
#include "core/loader.hpp"

namespace leren::core {

class FullChecks {
 public:
  virtual ~FullChecks() = default;
  // Checks a module or case that was read without errors from `text` (its file, course-relative
  // `path`). The findings, or nullopt when they come later. `options` says which checks run
  // (analyzeCases, playCases, lint).
  virtual std::optional<std::vector<Diagnostic>> check(const Module& m, const std::string& path,
                                                       const std::string& text, const LoadOptions& options) = 0;
  virtual std::optional<std::vector<Diagnostic>> check(const Case& c, const std::string& path, const std::string& text,
                                                       const LoadOptions& options) = 0;
};

// Runs the checks at once, in this process.
FullChecks& fullChecksHere();

// The page's checker: reads one module or case file on its own (no course around it: no
// glossary, no module list) and, when it reads without errors, runs the checks on it. Returns
// the findings as JSON (findingsToJson); the reading's own findings are not among them (the
// page's module has them), except markdown.reads-differently: the page's reader has no md4c.
std::string fullChecksOfFile(bool isCase, const std::string& path, const std::string& text, bool play);

// The findings as JSON (diagnosticsJson, diagnostics.hpp), and back. A text that is not such a
// list reads as one warning that says so (the page shows it, nothing is lost).
std::string findingsToJson(const std::vector<Diagnostic>& findings);
std::vector<Diagnostic> findingsFromJson(const std::string& text, const std::string& path);

}  // namespace leren::core
