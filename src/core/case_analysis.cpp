#include "core/case_analysis.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <set>

#include "core/case_engine.hpp"
#include "core/case_graph.hpp"
#include "core/compact_bytes.hpp"
#include "core/content_model.hpp"

namespace leren::core {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Points of an edge in one dimension (or in total); branch entries give none.
double edgePoints(const Case& c, const CaseGraph::Edge& e, size_t dimension, bool total) {
  if (e.kind != CaseGraph::Edge::Kind::choice) return 0;
  double sum = 0;
  for (const ScoreDelta& d : c.nodes[e.from].choices[e.index].score)
    if (total || d.dimensionIndex == dimension) sum += d.points;
  return sum;
}

// Longest (or shortest, sign = -1) walk from the start to any ending, Bellman-Ford style.
struct Extreme {
  double value = 0;
  bool bounded = true;
};
Extreme extremeWalk(const Case& c, const CaseGraph& g, size_t dimension, bool total, double sign) {
  const size_t v = g.vertexCount();
  std::vector<double> best(v, -kInf);
  best[g.start()] = 0;
  auto relax = [&] {
    bool changed = false;
    for (const CaseGraph::Edge& e : g.edges()) {
      if (best[e.from] == -kInf || !g.reachesEnding(e.to)) continue;
      const double candidate = best[e.from] + sign * edgePoints(c, e, dimension, total);
      if (candidate > best[e.to] + 1e-9) {
        best[e.to] = candidate;
        changed = true;
      }
    }
    return changed;
  };
  bool changed = true;
  for (size_t i = 0; i + 1 < v && changed; ++i) changed = relax();
  Extreme out;
  out.bounded = !(changed && relax());
  double result = -kInf;
  for (size_t e = 0; e < c.endings.size(); ++e) result = std::max(result, best[c.nodes.size() + e]);
  out.value = result == -kInf ? 0 : sign * result;
  return out;
}

// ---- Interval reasoning over expressions ---------------------------------------------------
struct Interval {
  double lo = 0, hi = 0;
  bool canBeTrue() const { return lo < 0 || hi > 0; }
  bool canBeFalse() const { return lo <= 0 && hi >= 0; }
};
const Interval kFull{-kInf, kInf};

Interval truth(bool canTrue, bool canFalse) { return {canFalse ? 0.0 : 1.0, canTrue ? 1.0 : 0.0}; }
Interval hull(Interval a, Interval b) { return {std::min(a.lo, b.lo), std::max(a.hi, b.hi)}; }
double product(double a, double b) { return (a == 0 || b == 0) ? 0 : a * b; }

Interval sane(Interval i) {
  // evaluate() turns NaN and infinities into 0, so an unknown result includes 0 too.
  if (std::isnan(i.lo) || std::isnan(i.hi)) return kFull;
  return i;
}

using Ranges = std::function<Interval(const std::string&)>;

Interval interval(const expr::Expr& e, const Ranges& ranges) {
  using expr::Op;
  auto arg = [&](size_t i) { return i < e.args.size() ? interval(e.args[i], ranges) : Interval{}; };
  switch (e.op) {
    case Op::number:
      return {e.value, e.value};
    case Op::variable:
      return ranges(e.name);
    case Op::negate: {
      const Interval a = arg(0);
      return {-a.hi, -a.lo};
    }
    case Op::logicalNot: {
      const Interval a = arg(0);
      return truth(a.canBeFalse(), a.canBeTrue());
    }
    case Op::add: {
      const Interval a = arg(0), b = arg(1);
      return sane({a.lo + b.lo, a.hi + b.hi});
    }
    case Op::subtract: {
      const Interval a = arg(0), b = arg(1);
      return sane({a.lo - b.hi, a.hi - b.lo});
    }
    case Op::multiply: {
      const Interval a = arg(0), b = arg(1);
      const double p[] = {product(a.lo, b.lo), product(a.lo, b.hi), product(a.hi, b.lo), product(a.hi, b.hi)};
      return sane({*std::min_element(p, p + 4), *std::max_element(p, p + 4)});
    }
    case Op::divide: {
      const Interval a = arg(0), b = arg(1);
      if (b.lo <= 0 && b.hi >= 0) return kFull;
      const double p[] = {a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi};
      return sane({*std::min_element(p, p + 4), *std::max_element(p, p + 4)});
    }
    case Op::equal:
    case Op::notEqual: {
      const Interval a = arg(0), b = arg(1);
      const bool canEqual = a.lo <= b.hi && b.lo <= a.hi;
      const bool mustEqual = a.lo == a.hi && b.lo == b.hi && a.lo == b.lo;
      return e.op == Op::equal ? truth(canEqual, !mustEqual) : truth(!mustEqual, canEqual);
    }
    case Op::less: {
      const Interval a = arg(0), b = arg(1);
      return truth(a.lo < b.hi, a.hi >= b.lo);
    }
    case Op::lessEqual: {
      const Interval a = arg(0), b = arg(1);
      return truth(a.lo <= b.hi, a.hi > b.lo);
    }
    case Op::greater: {
      const Interval a = arg(0), b = arg(1);
      return truth(a.hi > b.lo, a.lo <= b.hi);
    }
    case Op::greaterEqual: {
      const Interval a = arg(0), b = arg(1);
      return truth(a.hi >= b.lo, a.lo < b.hi);
    }
    case Op::logicalAnd: {
      const Interval a = arg(0), b = arg(1);
      return truth(a.canBeTrue() && b.canBeTrue(), a.canBeFalse() || b.canBeFalse());
    }
    case Op::logicalOr: {
      const Interval a = arg(0), b = arg(1);
      return truth(a.canBeTrue() || b.canBeTrue(), a.canBeFalse() && b.canBeFalse());
    }
    case Op::call: {
      using expr::Func;
      const Interval a = arg(0);
      switch (e.func) {
        case Func::min: {
          const Interval b = arg(1);
          return {std::min(a.lo, b.lo), std::min(a.hi, b.hi)};
        }
        case Func::max: {
          const Interval b = arg(1);
          return {std::max(a.lo, b.lo), std::max(a.hi, b.hi)};
        }
        case Func::round:
          return {std::round(a.lo), std::round(a.hi)};
        case Func::floor:
          return {std::floor(a.lo), std::floor(a.hi)};
        case Func::ceil:
          return {std::ceil(a.lo), std::ceil(a.hi)};
        case Func::abs:
          if (a.lo >= 0) return a;
          if (a.hi <= 0) return {-a.hi, -a.lo};
          return {0, std::max(-a.lo, a.hi)};
        case Func::ifThenElse: {
          const Interval t = arg(1), f = arg(2);
          if (!a.canBeFalse()) return t;
          if (!a.canBeTrue()) return f;
          return hull(t, f);
        }
      }
      return kFull;
    }
  }
  return kFull;
}

// The values each variable can take anywhere in the case, over-approximated: start from the
// initial value and widen by every effect (wherever it is) until nothing changes.
std::vector<Interval> variableRanges(const Case& c, const Ranges& scoreRanges) {
  std::vector<Interval> r;
  for (const Variable& v : c.variables) r.push_back({v.initial, v.initial});
  auto ranges = [&](const std::string& name) -> Interval {
    if (name.rfind("score.", 0) == 0) return scoreRanges(name);
    const auto i = c.variableIndex(name);
    return i ? r[*i] : Interval{0, 0};
  };
  for (int round = 0; round < 64; ++round) {
    bool changed = false;
    for (const Node& n : c.nodes)
      for (const Choice& ch : n.choices)
        for (const expr::Effect& effect : ch.effects) {
          const auto i = c.variableIndex(effect.target);
          if (!i || !effect.value) continue;
          const Variable& var = c.variables[*i];
          const Interval rhs = interval(*effect.value, ranges);
          Interval next = rhs;
          if (effect.op == expr::AssignOp::add) next = sane({r[*i].lo + rhs.lo, r[*i].hi + rhs.hi});
          if (effect.op == expr::AssignOp::subtract) next = sane({r[*i].lo - rhs.hi, r[*i].hi - rhs.lo});
          if (var.type == VariableType::flag) {
            next = truth(next.canBeTrue(), next.canBeFalse());
          } else {
            next = {std::clamp(next.lo, var.min, var.max), std::clamp(next.hi, var.min, var.max)};
          }
          const Interval merged = hull(r[*i], next);
          if (merged.lo < r[*i].lo || merged.hi > r[*i].hi) {
            r[*i] = merged;
            changed = true;
          }
        }
    if (!changed) return r;
  }
  // Still growing in small steps: every value in range is possible.
  for (size_t i = 0; i < r.size(); ++i) r[i] = {c.variables[i].min, c.variables[i].max};
  return r;
}

// ---- Diagnostics --------------------------------------------------------------------------
struct Reporter {
  const std::string& file;
  std::vector<Diagnostic>& out;
  void add(Severity s, const char* code, std::string pointer, std::string nl, std::string en) {
    Diagnostic d;
    d.severity = s;
    d.code = code;
    d.file = file;
    d.pointer = std::move(pointer);
    d.message = {std::move(nl), std::move(en)};
    out.push_back(std::move(d));
  }
};

std::string q(const std::string& id) { return "'" + id + "'"; }
std::string nodePtr(size_t n) { return "/nodes/" + std::to_string(n); }

std::string formatNumber(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string pathText(const std::vector<std::string>& log) {
  if (log.empty()) return "(start)";
  std::string s;
  for (const auto& id : log) s += (s.empty() ? "" : " → ") + id;
  return s;
}

}  // namespace

ScoreBounds computeScoreBounds(const Case& c) { return computeScoreBounds(c, CaseGraph(c)); }

ScoreBounds computeScoreBounds(const Case& c, const CaseGraph& g) {
  ScoreBounds b;
  const size_t dims = c.scoring.dimensions.size();
  b.dimensionMin.assign(dims, 0);
  b.dimensionMax.assign(dims, 0);
  if (g.start() == CaseGraph::npos || !g.reachesEnding(g.start())) {
    b.endingReachable = false;
    return b;
  }
  for (size_t d = 0; d < dims; ++d) {
    const Extreme hi = extremeWalk(c, g, d, false, 1);
    const Extreme lo = extremeWalk(c, g, d, false, -1);
    b.dimensionMax[d] = hi.value;
    b.dimensionMin[d] = lo.value;
    b.bounded = b.bounded && hi.bounded && lo.bounded;
  }
  const Extreme hi = extremeWalk(c, g, 0, true, 1);
  const Extreme lo = extremeWalk(c, g, 0, true, -1);
  b.totalMax = hi.value;
  b.totalMin = lo.value;
  b.bounded = b.bounded && hi.bounded && lo.bounded;
  return b;
}

CaseAnalysis analyzeCaseFull(const Case& c, const std::string& file, bool play) {
  CaseAnalysis result;
  Reporter report{file, result.diagnostics};
  const size_t n = c.nodes.size();
  const CaseGraph graph(c);

  // Reachability (conditions ignored: a node only a disabled choice leads to is found below).
  for (size_t i = 0; i < n; ++i) {
    const std::string& id = c.nodes[i].id;
    if (!graph.reachable(i)) {
      report.add(
          Severity::error, "case.unreachable-node", nodePtr(i),
          "Knoop " + q(id) + " is vanaf het begin (" + q(c.start) +
              ") niet te bereiken: geen keuze of vertakking leidt ernaartoe.",
          "Node " + q(id) + " cannot be reached from the start (" + q(c.start) + "): no choice or branch leads to it.");
    } else if (!graph.reachesEnding(i)) {
      report.add(Severity::error, "case.no-ending-reachable", nodePtr(i),
                 "Vanuit knoop " + q(id) +
                     " is geen enkel einde te bereiken: de speler blijft hier rondlopen of komt vast te zitten.",
                 "No ending can be reached from node " + q(id) + ": the player keeps going round or gets stuck.");
    }
  }
  for (size_t e = 0; e < c.endings.size(); ++e) {
    if (graph.reachable(n + e)) continue;
    const std::string& id = c.endings[e].id;
    report.add(Severity::error, "case.unreachable-ending", "/endings/" + std::to_string(e),
               "Einde " + q(id) + " wordt door geen enkel pad bereikt: geen keuze of vertakking leidt ernaartoe.",
               "No path reaches ending " + q(id) + ": no choice or branch leads to it.");
  }

  // Scores.
  result.bounds = computeScoreBounds(c, graph);
  const ScoreBounds& bounds = result.bounds;
  if (bounds.bounded && bounds.endingReachable) {
    for (size_t d = 0; d < c.scoring.dimensions.size(); ++d) {
      const ScoreDimension& dim = c.scoring.dimensions[d];
      if (bounds.dimensionMax[d] >= dim.pass) continue;
      report.add(Severity::error, "case.pass-unreachable", "/scoring/dimensions/" + std::to_string(d) + "/pass",
                 "Voor dimensie " + q(dim.id) + " is " + formatNumber(dim.pass) +
                     " punten nodig om te slagen, maar het beste pad levert er maar " +
                     formatNumber(bounds.dimensionMax[d]) + " op. Niemand kan hiervoor slagen.",
                 "Dimension " + q(dim.id) + " needs " + formatNumber(dim.pass) +
                     " points to pass, but the best path only gives " + formatNumber(bounds.dimensionMax[d]) +
                     ". Nobody can pass it.");
    }
  }

  // Conditions that can never hold, by interval reasoning.
  const bool loops = graph.hasCycle();
  double scoreNeg = 0, scorePos = 0;
  std::vector<double> dimNeg(c.scoring.dimensions.size(), 0), dimPos(c.scoring.dimensions.size(), 0);
  for (const Node& node : c.nodes)
    for (const Choice& ch : node.choices)
      for (const ScoreDelta& d : ch.score) {
        if (d.dimensionIndex >= dimNeg.size()) continue;
        (d.points < 0 ? dimNeg : dimPos)[d.dimensionIndex] += d.points;
        (d.points < 0 ? scoreNeg : scorePos) += d.points;
      }
  const Ranges scoreRanges = [&](const std::string& name) -> Interval {
    if (loops) return kFull;
    const auto d = c.dimensionIndex(name.substr(6));
    return d ? Interval{dimNeg[*d], dimPos[*d]} : Interval{0, 0};
  };
  const std::vector<Interval> varRanges = variableRanges(c, scoreRanges);
  const Ranges ranges = [&](const std::string& name) -> Interval {
    if (name.rfind("score.", 0) == 0) return scoreRanges(name);
    const auto i = c.variableIndex(name);
    return i ? varRanges[*i] : Interval{0, 0};
  };
  auto neverTrue = [&](const Condition& cond) { return !cond.always() && !interval(*cond.expr, ranges).canBeTrue(); };
  for (size_t i = 0; i < n; ++i) {
    const Node& node = c.nodes[i];
    for (size_t k = 0; k < node.choices.size(); ++k) {
      const Choice& ch = node.choices[k];
      if (!neverTrue(ch.condition)) continue;
      report.add(Severity::error, "case.condition-never-true", nodePtr(i) + "/choices/" + std::to_string(k) + "/if",
                 "De keuze " + q(ch.id) + " in knoop " + q(node.id) + " wordt nooit aangeboden: de voorwaarde '" +
                     ch.condition.source + "' kan met de mogelijke waarden van de variabelen nooit waar zijn.",
                 "Choice " + q(ch.id) + " in node " + q(node.id) + " is never offered: its condition '" +
                     ch.condition.source + "' can never hold with the values the variables can take.");
    }
    for (size_t k = 0; k < node.branch.size(); ++k) {
      const BranchEntry& b = node.branch[k];
      if (!neverTrue(b.condition)) continue;
      report.add(Severity::error, "case.condition-never-true", nodePtr(i) + "/branch/" + std::to_string(k) + "/if",
                 "Vertakking " + std::to_string(k + 1) + " in knoop " + q(node.id) + " (naar " + q(b.next) +
                     ") wordt nooit genomen: de voorwaarde '" + b.condition.source + "' kan nooit waar zijn.",
                 "Branch entry " + std::to_string(k + 1) + " in node " + q(node.id) + " (to " + q(b.next) +
                     ") is never taken: its condition '" + b.condition.source + "' can never hold.");
    }
    for (size_t k = 0; k < node.variants.size(); ++k) {
      const TextVariant& v = node.variants[k];
      if (!neverTrue(v.condition)) continue;
      report.add(Severity::warning, "case.variant-never-true", nodePtr(i) + "/variants/" + std::to_string(k) + "/if",
                 "Tekstvariant " + std::to_string(k + 1) + " in knoop " + q(node.id) +
                     " wordt nooit getoond: de voorwaarde '" + v.condition.source + "' kan nooit waar zijn.",
                 "Text variant " + std::to_string(k + 1) + " in node " + q(node.id) +
                     " is never shown: its condition '" + v.condition.source + "' can never hold.");
    }
    if (node.isBranch() && !node.branch.back().condition.always()) {
      report.add(Severity::warning, "case.branch-no-fallback",
                 nodePtr(i) + "/branch/" + std::to_string(node.branch.size() - 1),
                 "De laatste vertakking in knoop " + q(node.id) +
                     " heeft een voorwaarde. Als geen enkele voorwaarde waar is, loopt de speler vast; geef de laatste "
                     "vertakking geen 'if'.",
                 "The last branch entry in node " + q(node.id) +
                     " has a condition. If none holds, the player gets stuck; give the last entry no 'if'.");
    }
  }

  // Variables: hidden bookkeeping must be both written and read.
  std::set<std::string> read, written;
  std::vector<expr::NameUse> uses;
  auto collect = [&](const Condition& cond) {
    if (cond.expr) expr::collectNames(*cond.expr, uses);
  };
  for (const Node& node : c.nodes) {
    for (const TextVariant& v : node.variants) collect(v.condition);
    for (const BranchEntry& b : node.branch) collect(b.condition);
    for (const Choice& ch : node.choices) {
      collect(ch.condition);
      for (const expr::Effect& effect : ch.effects) {
        written.insert(effect.target);
        if (effect.value) expr::collectNames(*effect.value, uses);
      }
    }
  }
  for (const auto& use : uses) read.insert(use.name);
  for (size_t i = 0; i < c.variables.size(); ++i) {
    const Variable& v = c.variables[i];
    if (v.group != VariableGroup::verborgen) continue;  // shown variables count as read
    const bool isRead = read.count(v.id) > 0, isWritten = written.count(v.id) > 0;
    const std::string ptr = "/variables/" + std::to_string(i);
    if (!isRead && !isWritten) {
      report.add(Severity::warning, "case.variable-unused", ptr,
                 "De verborgen variabele " + q(v.id) +
                     " wordt nergens gebruikt: geen effect verandert haar en geen voorwaarde leest haar.",
                 "The hidden variable " + q(v.id) + " is not used: no effect changes it and no condition reads it.");
    } else if (!isRead) {
      report.add(
          Severity::warning, "case.variable-never-read", ptr,
          "De verborgen variabele " + q(v.id) +
              " wordt wel veranderd, maar geen voorwaarde leest haar, en de speler ziet haar niet.",
          "The hidden variable " + q(v.id) + " is changed, but no condition reads it and the player does not see it.");
    } else if (!isWritten) {
      report.add(Severity::warning, "case.variable-never-written", ptr,
                 "De verborgen variabele " + q(v.id) +
                     " wordt gelezen, maar geen effect verandert haar: ze blijft altijd " + formatNumber(v.initial) +
                     ".",
                 "The hidden variable " + q(v.id) + " is read, but no effect changes it: it is always " +
                     formatNumber(v.initial) + ".");
    }
  }

  // Dead ends found by really playing (certain, unlike the static checks above).
  if (play && c.startTarget.kind != Target::Kind::none) {
    PlaythroughOptions options;
    options.pathBound = 2000;
    options.randomPlayouts = 200;
    options.maxSteps = 100;
    const PlaythroughReport play = analyzePlaythroughs(c, options);
    std::set<size_t> seen;
    for (const StuckPath& s : play.stuck) {
      if (!seen.insert(s.node).second) continue;
      const std::string& id = c.nodes[s.node].id;
      report.add(Severity::error, "case.dead-end", nodePtr(s.node),
                 "De speler loopt vast in knoop " + q(id) +
                     ": er is geen keuze beschikbaar of geen vertakking die past. Zo kom je er: " + pathText(s.log) +
                     ".",
                 "The player gets stuck in node " + q(id) +
                     ": no choice is available or no branch entry applies. Path there: " + pathText(s.log) + ".");
    }
  }
  return result;
}

void analyzeCase(const Case& c, const std::string& file, std::vector<Diagnostic>& out, bool play) {
  CaseAnalysis a = analyzeCaseFull(c, file, play);
  for (Diagnostic& d : a.diagnostics) out.push_back(std::move(d));
}

// ---- Playthroughs -------------------------------------------------------------------------
namespace {

struct Player {
  const Case& c;
  const PlaythroughOptions& options;
  PlaythroughReport& report;

  void visitArrival(const CaseRun& run, const std::vector<size_t>& branches) {
    for (size_t b : branches) ++report.nodeVisits[b];
    if (run.where() != CaseRun::Where::ending) ++report.nodeVisits[run.position()];
  }

  // Records how a path ended; returns false when the path goes on.
  bool finish(const CaseRun& run, size_t steps) {
    if (run.finished()) {
      ++report.endingReached[run.position()];
      return true;
    }
    if (run.where() == CaseRun::Where::stuck || run.availableChoices().empty()) {
      ++report.stuckPaths;
      if (report.stuck.size() < 20) report.stuck.push_back({run.position(), run.log()});
      return true;
    }
    if (steps >= options.maxSteps) {
      ++report.truncatedPaths;
      return true;
    }
    return false;
  }

  void step(CaseRun& run, size_t choice) {
    const Node& node = c.nodes[run.position()];
    ++report.choiceTaken[run.position()][choice];
    run.choose(node.choices[choice].id);
    visitArrival(run, run.history().back().branchesFollowed);
  }

  // One run walks the whole tree: choose, explore, step back (no copies).
  void dfs(CaseRun& run, size_t steps) {
    if (report.pathsEnumerated >= options.pathBound) {
      report.exhaustive = false;
      return;
    }
    if (finish(run, steps)) {
      ++report.pathsEnumerated;
      return;
    }
    for (size_t choice : run.availableChoices()) {
      step(run, choice);
      dfs(run, steps + 1);
      run.back();
      if (!report.exhaustive) return;
    }
  }
};

}  // namespace

PlaythroughReport analyzePlaythroughs(const Case& c, const PlaythroughOptions& options) {
  PlaythroughReport report;
  report.nodeVisits.assign(c.nodes.size(), 0);
  for (const Node& node : c.nodes) report.choiceTaken.emplace_back(node.choices.size(), 0);
  report.endingReached.assign(c.endings.size(), 0);
  Player player{c, options, report};

  const CaseRun start(c);
  player.visitArrival(start, start.startBranches());
  CaseRun walker = start;
  player.dfs(walker, 0);
  if (report.exhaustive) return report;

  // Seeded xorshift: the same case always gives the same report.
  std::uint64_t state = options.seed ^ bytes::fnv1a64(c.id);
  if (state == 0) state = 1;
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (size_t p = 0; p < options.randomPlayouts; ++p) {
    CaseRun run = start;
    player.visitArrival(run, run.startBranches());
    for (size_t steps = 0; !player.finish(run, steps); ++steps) {
      const std::vector<size_t> avail = run.availableChoices();
      player.step(run, avail[next() % avail.size()]);
    }
    ++report.randomPlayouts;
  }
  return report;
}

namespace {
double share(size_t hit, size_t total) {
  return total == 0 ? 1.0 : static_cast<double>(hit) / static_cast<double>(total);
}
}  // namespace

double PlaythroughReport::nodeCoverage() const {
  return share(static_cast<size_t>(std::count_if(nodeVisits.begin(), nodeVisits.end(), [](size_t v) { return v > 0; })),
               nodeVisits.size());
}

double PlaythroughReport::choiceCoverage() const {
  size_t hit = 0, total = 0;
  for (const auto& node : choiceTaken)
    for (size_t v : node) {
      ++total;
      hit += v > 0 ? 1 : 0;
    }
  return share(hit, total);
}

double PlaythroughReport::endingCoverage() const {
  return share(
      static_cast<size_t>(std::count_if(endingReached.begin(), endingReached.end(), [](size_t v) { return v > 0; })),
      endingReached.size());
}

}  // namespace leren::core
