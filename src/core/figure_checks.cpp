#include "core/figure_checks.hpp"

#include <set>
#include <string>

#include "core/case_cycles.hpp"
#include "core/graph.hpp"

namespace leren::core {
namespace {

void add(std::vector<Diagnostic>& found, Severity s, const char* code, std::string pointer, std::string nl,
         std::string en) {
  Diagnostic d;
  d.severity = s;
  d.code = code;
  d.pointer = std::move(pointer);
  d.message = Text{std::move(nl), std::move(en)};
  found.push_back(std::move(d));
}

std::string q(const std::string& id) { return "\"" + id + "\""; }

void checkDecision(const DecisionExplorer& f, const std::string& at, std::vector<Diagnostic>& found) {
  // Vertices: questions, then outcomes.
  const size_t nq = f.questions.size(), n = nq + f.outcomes.size();
  graph::Adjacency g(n);
  for (size_t i = 0; i < nq; ++i)
    for (const DecisionOption& o : f.questions[i].options) {
      if (o.nextQuestion != noIndex) g[i].push_back(o.nextQuestion);
      if (o.nextOutcome != noIndex) g[i].push_back(nq + o.nextOutcome);
    }
  const size_t start = f.startQuestion;
  if (start == noIndex) return;  // reported by the loader
  const std::vector<bool> reached = graph::reachableFrom(g, {start});
  for (size_t i = 0; i < nq; ++i) {
    if (reached[i]) continue;
    add(found, Severity::error, "decision.unreachable", at + "/questions/" + std::to_string(i),
        "De vraag " + q(f.questions[i].id) + " van de beslishulp " + q(f.id) + " is vanaf " + q(f.start) +
            " niet te bereiken: geen antwoord leidt ernaartoe.",
        "The question " + q(f.questions[i].id) + " of the decision aid " + q(f.id) + " cannot be reached from " +
            q(f.start) + ": no answer leads to it.");
  }
  for (size_t i = 0; i < f.outcomes.size(); ++i) {
    if (reached[nq + i]) continue;
    add(found, Severity::error, "decision.unreachable", at + "/outcomes/" + std::to_string(i),
        "De uitkomst " + q(f.outcomes[i].id) + " van de beslishulp " + q(f.id) +
            " wordt nooit bereikt: geen antwoord leidt ernaartoe.",
        "The outcome " + q(f.outcomes[i].id) + " of the decision aid " + q(f.id) +
            " is never reached: no answer leads to it.");
  }
  // A decision aid is a tree walk: any loop lets a learner answer forever.
  const graph::Components comps = graph::stronglyConnected(g);
  std::set<size_t> seen;
  for (size_t i = 0; i < nq; ++i) {
    if (!graph::hasCycle(g, comps, comps.of[i]) || !seen.insert(comps.of[i]).second) continue;
    std::vector<std::string> ids;
    for (size_t v : graph::shortestCycle(g, comps, i)) ids.push_back(f.questions[v].id);
    add(found, Severity::error, "decision.cycle", at + "/questions/" + std::to_string(i),
        "De antwoorden van de beslishulp " + q(f.id) + " leiden in een kring: " + loopText(ids) +
            ". Een beslishulp loopt altijd naar een uitkomst; laat een antwoord naar een uitkomst of een volgende "
            "vraag gaan.",
        "The answers of the decision aid " + q(f.id) + " go round in a loop: " + loopText(ids) +
            ". A decision aid always ends in an outcome; let an answer lead to an outcome or a later question.");
  }
}

void checkFlow(const ProcessFlow& f, const std::string& at, std::vector<Diagnostic>& found) {
  const size_t n = f.steps.size();
  // Vertex n stands for "the end": a step without `next` leads there.
  graph::Adjacency g(n + 1);
  for (size_t i = 0; i < n; ++i) {
    if (f.steps[i].next.empty()) g[i].push_back(n);
    for (const ProcessLink& l : f.steps[i].next)
      if (l.step != noIndex) g[i].push_back(l.step);
  }
  const size_t start = f.startStep;
  if (start == noIndex) return;  // reported by the loader
  const std::vector<bool> reached = graph::reachableFrom(g, {start});
  for (size_t i = 0; i < n; ++i) {
    if (reached[i]) continue;
    add(found, Severity::error, "flow.unreachable", at + "/steps/" + std::to_string(i),
        "De stap " + q(f.steps[i].id) + " van het schema " + q(f.id) + " is vanaf " + q(f.start) +
            " niet te bereiken: geen \"next\" leidt ernaartoe.",
        "The step " + q(f.steps[i].id) + " of the flow " + q(f.id) + " cannot be reached from " + q(f.start) +
            ": no \"next\" leads to it.");
  }
  const graph::Components comps = graph::stronglyConnected(g);
  std::set<size_t> seen;
  for (size_t i = 0; i < n; ++i) {
    const size_t comp = comps.of[i];
    if (!reached[i] || !graph::hasCycle(g, comps, comp) || !graph::isClosed(g, comps, comp) ||
        !seen.insert(comp).second)
      continue;
    std::vector<std::string> ids;
    for (size_t v : graph::shortestCycle(g, comps, i)) ids.push_back(f.steps[v].id);
    add(found, Severity::error, "flow.closed-loop", at + "/steps/" + std::to_string(i),
        "De stappen van het schema " + q(f.id) + " vormen een kring zonder uitweg: " + loopText(ids) +
            ". Een terugstap mag, maar minstens één stap moet eruit leiden naar een laatste stap (zonder \"next\").",
        "The steps of the flow " + q(f.id) + " form a loop with no way out: " + loopText(ids) +
            ". Going back is fine, but at least one step must lead out to a last step (one without \"next\").");
  }
  for (size_t i = 0; i < n; ++i) {
    const std::vector<ProcessLink>& next = f.steps[i].next;
    if (next.size() < 2) continue;
    for (size_t k = 0; k < next.size(); ++k) {
      if (!next[k].label.empty()) continue;
      add(found, Severity::warning, "flow.branch-without-label",
          at + "/steps/" + std::to_string(i) + "/next/" + std::to_string(k),
          "De stap " + q(f.steps[i].id) +
              " splitst, maar deze vervolgstap heeft geen \"label\": de lerende ziet "
              "niet welke weg wanneer geldt.",
          "The step " + q(f.steps[i].id) +
              " branches, but this next step has no \"label\": the learner cannot "
              "see which way applies when.");
    }
  }
}

}  // namespace

void checkFigures(const Module& m, std::vector<Diagnostic>& found) {
  for (size_t p = 0; p < m.pages.size(); ++p) {
    for (size_t b = 0; b < m.pages[p].blocks.size(); ++b) {
      const std::string at = "/pages/" + std::to_string(p) + "/blocks/" + std::to_string(b);
      const Block& block = m.pages[p].blocks[b];
      if (const auto* d = std::get_if<DecisionExplorer>(&block)) checkDecision(*d, at, found);
      if (const auto* f = std::get_if<ProcessFlow>(&block)) checkFlow(*f, at, found);
    }
  }
}

}  // namespace leren::core
