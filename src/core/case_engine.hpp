#pragma once
// Runs a case scenario. A run IS its choice log: every state (current node, variables, scores,
// history) is recomputed by replaying the log from the start, so back(), "what if I had chosen
// differently" (whatIf) and restoring saved progress are all the same operation, and a saved
// run reproduces exactly. Deterministic: no clock; the order in which choices are presented
// comes from the run's seed (shuffle.hpp), stored with the run.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/case_analysis.hpp"
#include "core/content_model.hpp"

namespace leren::core {

// Variable values (per Case::variables, clamped to min..max; flags 0/1) and points per scoring
// dimension (per Case::scoring.dimensions).
struct CaseState {
  std::vector<double> variables;
  std::vector<double> scores;
  bool operator==(const CaseState&) const = default;
};

// One learner choice and what followed.
struct CaseStep {
  size_t node = 0;    // index into Case::nodes where the choice was made
  size_t choice = 0;  // index into that node's choices
  // The choices as they were presented at that moment (indices into the node's choices, the
  // available ones, in the order shown).
  std::vector<size_t> presented;
  CaseState before, after;
  // Branch nodes passed automatically after the choice, before the next stop.
  std::vector<size_t> branchesFollowed;
};

struct DimensionResult {
  std::string id;
  double points = 0;
  double pass = 0;  // threshold from the content
  double max = 0;   // best achievable (case analysis)
  bool passed = false;
};

struct CaseResult {
  size_t ending = 0;  // index into Case::endings
  std::vector<DimensionResult> dimensions;
  double total = 0, maxTotal = 0;
  double percent = 0;   // total as a share of maxTotal, 0..100
  bool passed = false;  // percent >= scoring.passPercent and every dimension passed
};

class CaseRun {
 public:
  // A new run at the start (branch nodes at the start already followed). The case must
  // outlive the run. `seed` decides the order in which choices are presented; 0 keeps the file
  // order.
  explicit CaseRun(const Case& c, uint64_t seed = 0);

  // Replays a saved log (with the seed it was played with). Stops at the first choice id that
  // is not available at that point; replayedAll() says whether every entry applied.
  static CaseRun replay(const Case& c, const std::vector<std::string>& log, uint64_t seed = 0);
  bool replayedAll() const { return replayedAll_; }

  const Case& caseData() const { return *case_; }
  uint64_t seed() const { return seed_; }

  enum class Where { node, ending, stuck };
  // stuck: a branch node where no entry applies or branches loop (only in broken content).
  Where where() const { return where_; }
  bool finished() const { return where_ == Where::ending; }
  // Index into Case::nodes (Where::node and ::stuck) or Case::endings (Where::ending).
  size_t position() const { return position_; }
  const Node* currentNode() const;
  const Ending* ending() const;

  const CaseState& state() const { return state_; }
  // Value of a variable or "score.<dimension>"; 0 for unknown names.
  double value(const std::string& name) const;
  // The node text for the current state: the first variant whose condition holds, else text.
  const Text& nodeText(size_t nodeIndex) const;

  // Indices into the current node's choices whose condition holds, in file order.
  std::vector<size_t> availableChoices() const;
  // The same choices in the order the learner sees them: shuffled by the run's seed (the same
  // at every visit of a node in this run), choices marked `fixed` in their place.
  std::vector<size_t> presentedChoices() const;
  // False (and nothing changes) when the id is not an available choice here.
  bool choose(const std::string& choiceId);

  const std::vector<std::string>& log() const { return log_; }
  // Branch nodes passed automatically from the start, before the first choice.
  const std::vector<size_t>& startBranches() const { return startBranches_; }
  const std::vector<CaseStep>& history() const { return history_; }
  const Choice& choiceOf(const CaseStep& step) const;

  // Undo the last choice. False when there is nothing to undo.
  bool back();
  // Go back to just before step `stepIndex` to choose differently there (log truncated).
  bool whatIf(size_t stepIndex);

  // The outcome; only meaningful when finished() (otherwise the points so far).
  CaseResult result() const;

 private:
  void settle();  // follow branch nodes from position_
  const Case* case_;
  uint64_t seed_ = 0;
  std::vector<std::string> log_;
  std::vector<CaseStep> history_;
  CaseState state_;
  Where where_ = Where::node;
  size_t position_ = 0;
  bool replayedAll_ = true;
  std::vector<size_t> pendingBranches_;
  std::vector<size_t> startBranches_;
  mutable std::optional<ScoreBounds> bounds_;  // computed on first result()
};

// Evaluates a condition against a state (always() conditions hold).
bool conditionHolds(const Case& c, const Condition& condition, const CaseState& state);

}  // namespace leren::core
