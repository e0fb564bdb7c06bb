#pragma once
// The debrief of one finished run: the learner's own path, what an expert would have done at
// each decision, and the decisive moments (shared/notes/scenario-design.md, section 5).
//
// Decisive moments come from deterministic replay. For each decision that is not the expert
// choice: take the learner's earlier decisions, the expert choice at that one, then the
// learner's later decisions wherever the story still offers them (the learner's choice at the
// node the replay reaches, if it was made there later and is available), and from the first
// node where that fails the expert choice to the end. A moment is decisive when the ending's
// rating or pass/fail would have been different.
//
// "The expert choice" at a decision is the best of the choices offered at that moment
// (CaseGraph::bestOf): the graph's expert choice when it was offered.
#include <cstddef>
#include <string>
#include <vector>

#include "core/case_engine.hpp"
#include "core/case_graph.hpp"

namespace leren::core {

// One variable or score that a decision changed.
struct StateChange {
  enum class Kind { variable, score };
  Kind kind = Kind::variable;
  size_t index = 0;  // into Case::variables or Case::scoring.dimensions
  double before = 0, after = 0;
};

struct DebriefDecision {
  size_t step = 0;    // index into the run's history
  size_t node = 0;    // index into Case::nodes
  size_t choice = 0;  // what the learner chose (index into the node's choices); the choice has
                      // the consequence, the coaching and learnMore
  std::vector<StateChange> changes;
  size_t expertChoice = CaseGraph::npos;  // npos: none (only in broken content)
  bool tookExpert() const { return choice == expertChoice; }
};

// The same run with one decision changed to the expert choice.
struct Alternative {
  size_t step = 0;               // the decision that was changed
  std::vector<std::string> log;  // the replayed choice ids
  size_t keptLaterChoices = 0;   // learner's later decisions the replay could keep
  bool finished = false;         // the replay reached an ending
  size_t ending = 0;             // index into Case::endings (when finished)
  Rating rating = Rating::poor;
  CaseResult result;
  bool ratingChanged = false, passChanged = false;
  bool decisive() const { return ratingChanged || passChanged; }
};

struct CaseDebrief {
  bool finished = false;  // false: the run has not reached an ending (nothing else is filled)
  size_t ending = 0;
  Rating rating = Rating::poor;
  CaseResult result;
  std::vector<DebriefDecision> decisions;  // in the order they were made
  std::vector<Alternative> alternatives;   // one per decision that was not the expert choice
  // Indices into `alternatives` of the decisive moments, in the order of the decisions.
  std::vector<size_t> decisive;
};

CaseDebrief computeDebrief(const CaseRun& run, const CaseGraph& graph);
CaseDebrief computeDebrief(const CaseRun& run);  // builds the graph

}  // namespace leren::core
