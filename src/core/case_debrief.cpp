#include "core/case_debrief.hpp"

#include <algorithm>
#include <optional>

namespace leren::core {
namespace {

std::vector<StateChange> changesOf(const CaseStep& step) {
  std::vector<StateChange> out;
  for (size_t i = 0; i < step.after.variables.size() && i < step.before.variables.size(); ++i)
    if (step.before.variables[i] != step.after.variables[i])
      out.push_back({StateChange::Kind::variable, i, step.before.variables[i], step.after.variables[i]});
  for (size_t i = 0; i < step.after.scores.size() && i < step.before.scores.size(); ++i)
    if (step.before.scores[i] != step.after.scores[i])
      out.push_back({StateChange::Kind::score, i, step.before.scores[i], step.after.scores[i]});
  return out;
}

// The expert's pick among what the run offers now (ties in file order).
size_t expertHere(const CaseRun& run, const CaseGraph& graph) {
  return graph.bestOf(run.position(), run.availableChoices());
}

Alternative replayWithExpert(const CaseRun& run, const CaseGraph& graph, size_t changed, const CaseDebrief& learner) {
  const Case& c = run.caseData();
  const std::vector<CaseStep>& history = run.history();
  Alternative alt;
  alt.step = changed;
  CaseRun replay(c, run.seed());
  for (size_t s = 0; s < changed; ++s) replay.choose(run.log()[s]);
  replay.choose(c.nodes[history[changed].node].choices[learner.decisions[changed].expertChoice].id);

  // Later: the learner's own decision at the node reached, while the story still offers it.
  size_t next = changed + 1;
  bool learnerMode = true;
  const size_t limit = run.log().size() + 4 * (c.nodes.size() + 1);
  while (replay.where() == CaseRun::Where::node && replay.log().size() < limit) {
    const std::vector<size_t> available = replay.availableChoices();
    if (available.empty()) break;
    std::optional<size_t> pick;
    if (learnerMode) {
      size_t j = next;
      while (j < history.size() && history[j].node != replay.position()) ++j;
      if (j < history.size() && std::find(available.begin(), available.end(), history[j].choice) != available.end()) {
        pick = history[j].choice;
        next = j + 1;
        ++alt.keptLaterChoices;
      } else {
        learnerMode = false;
      }
    }
    if (!pick) pick = expertHere(replay, graph);
    if (!replay.choose(c.nodes[replay.position()].choices[*pick].id)) break;
  }
  alt.log = replay.log();
  alt.finished = replay.finished();
  alt.result = replay.result();
  if (alt.finished) {
    alt.ending = replay.position();
    alt.rating = c.endings[alt.ending].rating;
  }
  // A replay that does not reach an ending (only in a case with loops) changes nothing known.
  alt.ratingChanged = alt.finished && alt.rating != learner.rating;
  alt.passChanged = alt.finished && alt.result.passed != learner.result.passed;
  return alt;
}

}  // namespace

CaseDebrief computeDebrief(const CaseRun& run, const CaseGraph& graph) {
  CaseDebrief d;
  if (!run.finished()) return d;
  const Case& c = run.caseData();
  d.finished = true;
  d.ending = run.position();
  d.rating = c.endings[d.ending].rating;
  d.result = run.result();

  // The decisions, each with the expert's pick among what was offered then (file order for
  // ties, whatever order it was shown in).
  CaseRun walk(c, run.seed());
  for (size_t s = 0; s < run.history().size(); ++s) {
    const CaseStep& step = run.history()[s];
    DebriefDecision decision;
    decision.step = s;
    decision.node = step.node;
    decision.choice = step.choice;
    decision.changes = changesOf(step);
    decision.expertChoice = expertHere(walk, graph);
    d.decisions.push_back(std::move(decision));
    walk.choose(run.log()[s]);
  }
  for (size_t s = 0; s < d.decisions.size(); ++s) {
    if (d.decisions[s].tookExpert() || d.decisions[s].expertChoice == CaseGraph::npos) continue;
    d.alternatives.push_back(replayWithExpert(run, graph, s, d));
    if (d.alternatives.back().decisive()) d.decisive.push_back(d.alternatives.size() - 1);
  }
  return d;
}

CaseDebrief computeDebrief(const CaseRun& run) { return computeDebrief(run, CaseGraph(run.caseData())); }

}  // namespace leren::core
