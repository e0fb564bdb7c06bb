#pragma once
// One module or case file through the loader's checks, step by step: loadCourse() runs the
// steps back to back; ContentLoader (content_loader.hpp) runs one step per slice of a frame,
// so that checking a file a trainer edited never freezes the page.
//
// Steps: scan (the bytes), parse (the tree), read (structure, meaning, references: builds the
// model; a case over several steps, CaseReading in loader_parts.hpp), release (frees the tree),
// links (glossary links), checks (the full checks: case analysis and closed loops or figure
// checks, and lint, by LoadOptions::fullChecks: full_checks.hpp), finish. A trusted file (its
// hash is the one the build checked: course_index.hpp) is read but not analysed, linted or
// link-checked again; its diagnostics are the build's. When the full checks answer later (the
// page's worker), the load waits in its checks step until deliverFindings.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/content_model.hpp"
#include "core/json_positions.hpp"
#include "core/loader.hpp"
#include "core/loader_files.hpp"

namespace leren::core::loading {

// What a module or case is checked against. All pointers must outlive the load.
struct ItemChecks {
  const Glossary* glossary = nullptr;            // null: glossary links not checked
  const std::vector<Module>* modules = nullptr;  // cases: learnMore targets
  bool modulesComplete = true;                   // see CourseModules
  const LoadOptions* options = nullptr;
  // Trusted: the build checked this very file; `diagnostics` are what it found.
  bool trusted = false;
  std::vector<Diagnostic> trustedDiagnostics;
  // Where the build found its "id" (the index's), for a trusted file: then, when the build's
  // scan found nothing in it either, its bytes are not scanned again (FileContext::parseChecked).
  std::optional<TextPosition> trustedIdAt;
};

// Reports every glossary link collected while reading that the glossary lacks.
void checkGlossaryLinks(FileContext& ctx, const Glossary& glossary);

template <typename Item>
class ItemLoad {
 public:
  // `file`: the listed file as read (LimitedReader); `problem`: why it could not be read.
  ItemLoad(std::string dir, std::string path, LimitedReader::Result file, std::optional<Diagnostic> problem,
           ItemChecks checks);
  ~ItemLoad();
  ItemLoad(ItemLoad&&) noexcept;
  ItemLoad& operator=(ItemLoad&&) noexcept;

  // Runs the next step that has work; false once everything is done.
  bool step();
  // Back to back (loadCourse): with full checks that answer at once.
  void runToEnd() {
    while (!waiting() && step()) {}
  }
  bool done() const;
  // The next step's name (for measurements): "scan", "parse", "read", "release", "links",
  // "checks", "finish".
  const char* nextStep() const;
  // Waiting for the full checks' findings: step() does nothing until deliverFindings.
  bool waiting() const;
  // The findings of full checks that answered later; placed in the file, then the load goes on.
  void deliverFindings(std::vector<Diagnostic> findings);

  // Once done: the item, and where its "id" is (for messages about an id used twice).
  Item& item();
  TextPosition idPosition() const;

 private:
  struct State;
  std::unique_ptr<State> s_;
};

extern template class ItemLoad<Module>;
extern template class ItemLoad<Case>;

}  // namespace leren::core::loading
