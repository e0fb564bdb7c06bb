#include "core/case_cycles.hpp"

#include <optional>
#include <set>
#include <string>

#include "core/graph.hpp"

namespace leren::core {
namespace {

constexpr const char* kNoEnding = "case.no-ending-reachable";
constexpr const char* kArrow = " \xE2\x86\x92 ";  // →

// "/nodes/12" -> 12; anything else -> nullopt.
std::optional<size_t> nodeIndexOf(const std::string& pointer, size_t nodeCount) {
  const std::string prefix = "/nodes/";
  if (pointer.rfind(prefix, 0) != 0 || pointer.size() == prefix.size() || pointer.size() > prefix.size() + 9)
    return std::nullopt;
  size_t index = 0;
  for (size_t i = prefix.size(); i < pointer.size(); ++i) {
    if (pointer[i] < '0' || pointer[i] > '9') return std::nullopt;
    index = index * 10 + static_cast<size_t>(pointer[i] - '0');
  }
  return index < nodeCount ? std::optional<size_t>(index) : std::nullopt;
}

std::string listText(const std::vector<std::string>& ids, size_t shown, const std::string& andWord) {
  std::string out;
  for (size_t i = 0; i < ids.size() && i < shown; ++i) {
    if (i > 0) out += (i + 1 == ids.size() && ids.size() <= shown) ? " " + andWord + " " : ", ";
    out += ids[i];
  }
  if (ids.size() > shown) out += " (+" + std::to_string(ids.size() - shown) + ")";
  return out;
}

}  // namespace

std::string loopText(const std::vector<std::string>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) out += (i > 0 ? kArrow : "") + ids[i];
  return out;
}

void reportClosedLoopsOnce(const Case& c, std::vector<Diagnostic>& found) {
  const size_t n = c.nodes.size();
  std::set<size_t> stuck;  // nodes the analysis says cannot reach an ending
  for (const Diagnostic& d : found)
    if (d.code == kNoEnding)
      if (auto i = nodeIndexOf(d.pointer, n)) stuck.insert(*i);
  if (stuck.empty()) return;

  // Nodes 0..n-1, and one vertex n for "an ending": an edge to it is a way out.
  graph::Adjacency g(n + 1);
  for (size_t i = 0; i < n; ++i) {
    auto add = [&](const Target& t) {
      if (t.kind == Target::Kind::node) g[i].push_back(t.index);
      if (t.kind == Target::Kind::ending) g[i].push_back(n);
    };
    for (const Choice& ch : c.nodes[i].choices) add(ch.target);
    for (const BranchEntry& b : c.nodes[i].branch) add(b.target);
  }
  const graph::Components comps = graph::stronglyConnected(g);

  // Each closed loop among the stuck nodes, by its first node in the file.
  std::vector<Diagnostic> loops;
  std::set<size_t> reported;  // components reported as a loop
  std::vector<size_t> firsts;
  for (size_t i : stuck) {
    size_t comp = comps.of[i];
    if (!graph::isClosed(g, comps, comp) || !graph::hasCycle(g, comps, comp) || !reported.insert(comp).second) continue;
    firsts.push_back(i);
  }
  graph::Adjacency reverse(n + 1);
  for (size_t v = 0; v <= n; ++v)
    for (size_t w : g[v]) reverse[w].push_back(v);
  std::vector<bool> explained(n, false);
  for (size_t first : firsts) {
    const size_t comp = comps.of[first];
    const std::vector<bool> leadsHere = graph::reachableFrom(reverse, {first});
    std::vector<std::string> path;
    for (size_t v : graph::shortestCycle(g, comps, first)) path.push_back(c.nodes[v].id);
    size_t members = 0;
    for (size_t v = 0; v < n; ++v) members += comps.of[v] == comp ? 1 : 0;
    // Stuck nodes outside the loop that can reach it: they are stuck because of it.
    std::vector<std::string> leadIn;
    for (size_t u : stuck) {
      if (!leadsHere[u]) continue;
      explained[u] = true;
      if (comps.of[u] != comp && !reported.count(comps.of[u])) leadIn.push_back(c.nodes[u].id);
    }
    const size_t extra = members + 1 > path.size() ? members + 1 - path.size() : 0;
    std::string nl = "Deze knopen vormen een kring zonder uitweg: " + loopText(path) + ".";
    std::string en = "These nodes form a loop with no way out: " + loopText(path) + ".";
    if (extra > 0) {
      nl += " Nog " + std::to_string(extra) + " knoop/knopen horen bij dezelfde kring.";
      en += " " + std::to_string(extra) + " more node(s) belong to the same loop.";
    }
    nl += " Geen keuze of vertakking leidt eruit naar een einde: geef minstens één keuze een \"next\" buiten de kring.";
    en += " No choice or branch leads out of it to an ending: give at least one choice a \"next\" outside the loop.";
    if (!leadIn.empty()) {
      nl += " Daardoor komen ook " + listText(leadIn, 8, "en") + " nergens uit.";
      en += " Because of it, " + listText(leadIn, 8, "and") + " lead nowhere either.";
    }
    Diagnostic d;
    d.severity = Severity::error;
    d.code = kNoEnding;
    d.pointer = "/nodes/" + std::to_string(first);
    d.message = Text{nl, en};
    for (const Diagnostic& old : found)
      if (old.code == kNoEnding && old.pointer == d.pointer) d.file = old.file;
    loops.push_back(std::move(d));
  }

  // Keep every other finding; replace the per-node ones that a loop explains.
  std::vector<Diagnostic> kept;
  bool inserted = false;
  for (Diagnostic& d : found) {
    if (d.code == kNoEnding) {
      auto i = nodeIndexOf(d.pointer, n);
      if (i && explained[*i]) {
        if (!inserted) {
          for (Diagnostic& loop : loops) kept.push_back(std::move(loop));
          inserted = true;
        }
        continue;
      }
    }
    kept.push_back(std::move(d));
  }
  found = std::move(kept);
}

}  // namespace leren::core
