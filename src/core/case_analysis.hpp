#pragma once
// Static checks over a case graph, and a playthrough check that plays every path.
//
// analyzeCase() reports (errors block loading; warnings are reported):
//   case.unreachable-node      error    a node no path from `start` reaches (conditions ignored)
//   case.unreachable-ending    error    an ending no path reaches (conditions ignored)
//   case.no-ending-reachable   error    from this node no ending can be reached
//   case.condition-never-true  error    a choice or branch `if` that can never hold, by interval
//                                       reasoning over variable ranges and every effect (only
//                                       what is certainly impossible is flagged)
//   case.dead-end              error    playing the case really gets stuck here: no choice is
//                                       available, or no branch entry applies (found by playing)
//   case.pass-unreachable      error    a dimension's pass mark exceeds the best possible points
//   case.variant-never-true    warning  a text variant whose `if` can never hold
//   case.branch-no-fallback    warning  a branch whose last entry has an `if` (may get stuck)
//   case.variable-never-read   warning  a hidden (verborgen) variable that is written, never read
//   case.variable-never-written warning a hidden variable that is read but never changed
//   case.variable-unused       warning  a hidden variable neither read nor written
// Diagnostics carry file and JSON Pointer (e.g. /nodes/3/choices/1/if); line and column are 0:
// the loader fills them in from the pointer.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"

namespace leren::core {

struct Case;

// Best and worst achievable points per dimension and in total, over every path from the start to
// an ending. Conditions are ignored (exact analysis is infeasible): the real best can be lower.
// With loops that can add points forever, `bounded` is false and the figures are those of paths
// of at most (nodes + endings) steps.
struct ScoreBounds {
  std::vector<double> dimensionMin, dimensionMax;  // per Case::scoring.dimensions
  double totalMin = 0, totalMax = 0;               // sum over all dimensions
  bool bounded = true;
  bool endingReachable = true;  // false: no path reaches an ending (all figures 0)
};
ScoreBounds computeScoreBounds(const Case& c);
class CaseGraph;
ScoreBounds computeScoreBounds(const Case& c, const CaseGraph& graph);  // with the graph already built

struct CaseAnalysis {
  ScoreBounds bounds;
  std::vector<Diagnostic> diagnostics;
};
// `play`: also play the case (bounded) to find dead ends; see LoadOptions::playCases.
CaseAnalysis analyzeCaseFull(const Case& c, const std::string& file, bool play = true);

// Appends the findings of analyzeCaseFull to `out`. Called by the loader on every case that
// loaded without errors.
void analyzeCase(const Case& c, const std::string& file, std::vector<Diagnostic>& out, bool play = true);

// Playthrough check: plays every path with the real engine (conditions and effects applied).
// Up to `pathBound` complete paths are enumerated depth-first; beyond that, `randomPlayouts`
// seeded random playouts (deterministic) add coverage. A path ends at an ending, when stuck,
// or after `maxSteps` choices (loops).
struct PlaythroughOptions {
  size_t pathBound = 20000;
  size_t randomPlayouts = 2000;
  size_t maxSteps = 200;
  uint64_t seed = 0x5d1e;
};
struct StuckPath {
  size_t node = 0;               // index into Case::nodes
  std::vector<std::string> log;  // the choices that lead there
};
struct PlaythroughReport {
  bool exhaustive = true;  // every path was enumerated
  size_t pathsEnumerated = 0;
  size_t randomPlayouts = 0;
  size_t truncatedPaths = 0;                     // paths cut at maxSteps
  std::vector<size_t> nodeVisits;                // per node
  std::vector<std::vector<size_t>> choiceTaken;  // per node, per choice
  std::vector<size_t> endingReached;             // per ending
  std::vector<StuckPath> stuck;                  // first few paths that got stuck
  size_t stuckPaths = 0;

  // Shares 0..1 of nodes / choices / endings hit at least once.
  double nodeCoverage() const;
  double choiceCoverage() const;
  double endingCoverage() const;
};
PlaythroughReport analyzePlaythroughs(const Case& c, const PlaythroughOptions& options = {});

}  // namespace leren::core
