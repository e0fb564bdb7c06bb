#pragma once
// Loads a course: course.json and every file it lists, through a FileSource.
// Checks structure (everything the JSON Schema says) and meaning (ids unique, references
// resolve, expressions parse and use declared names, translations complete, numbers in range),
// then runs the case analysis on every case that loaded without errors, and the content lint
// on every module and case without errors.
// Never fails as a whole: a module or case with errors is loaded as far as possible and marked
// available = false with its diagnostics; everything else keeps working.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/content_model.hpp"
#include "core/diagnostics.hpp"
#include "core/file_source.hpp"
#include "core/ui_keys.hpp"

namespace leren::core {

class ImageFileChecks;  // core/image_checks.hpp
class FullChecks;       // core/full_checks.hpp
namespace md {
struct RichText;  // core/markdown.hpp
}
// Whether `ours` (md::parse) reads `markdown` as the reference does (markdown_reference.hpp).
using MarkdownReference = bool (*)(std::string_view markdown, const md::RichText& ours);

inline constexpr int kSupportedFormatVersion = 1;

struct LoadOptions {
  // Run analyzeCase() (case_analysis.hpp) on cases without errors. The fuzzer and
  // benchmark may switch it off to measure the loader alone.
  bool analyzeCases = true;
  // Also play every case (bounded) to find dead ends the static checks cannot prove.
  // coursetool and the tests do; the app skips it to start faster (the shipped content
  // was already checked with it).
  bool playCases = true;
  // Run the content lint (content_lint.hpp: options that give the answer away, verdicts,
  // a story that ignores the choice) on modules and cases without errors. Warnings only.
  bool lint = true;
  // Who runs the case analysis, figure checks and lint above (full_checks.hpp) on a file the
  // build did not check. Null: loadCourse runs them here (fullChecksHere); ContentLoader runs
  // none (the page gives it its worker, the tests fullChecksHere).
  FullChecks* fullChecks = nullptr;
  // Keys the UI asks for (uiKeysUsedByCode(): generated from the sources); each must be in
  // the UI strings, else strings.missing-key. Null: not checked (test fixtures have only a
  // few strings).
  const std::vector<UiKeyUse>* requiredUiKeys = nullptr;
  // Checks the image files (image_checks.hpp, ImageFileChecks over the course's FileSource):
  // each image a module or case names must be there, within the limits and readable. Null: not
  // checked (the page fetches pictures only when it draws them, and the browser reads them).
  const ImageFileChecks* imageFiles = nullptr;
  // Reads every text once more with md4c, the reference for the page's own Markdown reader
  // (markdown_reference.hpp), and reports a text the two read differently
  // (markdown.reads-differently, a warning). Null: not compared. `coursetool check` and
  // `index` and the page's checker compare (md::readsLikeCommonMark); the page's module never
  // does, so it does not carry md4c (and the benchmark's loader reads as the page does).
  MarkdownReference markdownReference = nullptr;
};

Course loadCourse(const FileSource& files, const std::string& coursePath = "course.json",
                  const LoadOptions& options = {});

// Every diagnostic of the course, causes first: course.json, glossary, strings, then modules
// and cases in course order.
std::vector<Diagnostic> allDiagnostics(const Course& course);

// FNV-1a 64-bit hash of a file's text (Module/Case::contentHash, for progress migration).
uint64_t contentHash(std::string_view text);

}  // namespace leren::core
