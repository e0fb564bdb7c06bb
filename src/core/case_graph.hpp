#pragma once
// The graph of a case, built once and shared by the case analysis, the debrief and the case
// map: vertices are the nodes (0..N-1) and the endings (N..N+E-1); an edge per choice and per
// branch entry. Conditions are ignored throughout: this is what the content allows, not what
// one particular state allows.
//
// The expert choice at a node is the choice an expert takes on the way to the best ending:
// the one whose way leads to the best-rated ending reachable (good before mixed before poor)
// and, among those, with the most points on the way (its own points plus the best way on from
// its target). Cycles are cut (a way back onto the current path does not count). Ties go to
// the first choice in file order.
#include <cstddef>
#include <optional>
#include <vector>

#include "core/content_model.hpp"

namespace leren::core {

class CaseGraph {
 public:
  static constexpr size_t npos = static_cast<size_t>(-1);

  struct Edge {
    enum class Kind { choice, branch };
    size_t from = 0, to = 0;  // vertices
    Kind kind = Kind::choice;
    size_t index = 0;  // into the node's choices or branch entries
  };

  // What the best way on from a vertex reaches: the rating of its ending (-1: no ending can be
  // reached, or only through the current path) and the points on the way.
  struct Value {
    int rating = -1;  // 2 good, 1 mixed, 0 poor
    double points = 0;
    bool operator<(const Value& o) const { return rating != o.rating ? rating < o.rating : points < o.points - 1e-9; }
  };

  explicit CaseGraph(const Case& c);

  const Case& caseData() const { return *case_; }
  size_t nodeCount() const { return nodes_; }
  size_t vertexCount() const { return vertices_; }
  bool isEnding(size_t v) const { return v >= nodes_ && v < vertices_; }
  size_t endingOf(size_t v) const { return v - nodes_; }  // for isEnding(v)
  // The vertex a choice or branch entry leads to; npos for an unresolved target.
  size_t vertexOf(const Target& t) const;
  size_t start() const { return start_; }  // npos in a case without a valid start

  // Every edge: per node in file order, its choices, then its branch entries.
  const std::vector<Edge>& edges() const { return edges_; }
  // Indices into edges() leaving a vertex.
  const std::vector<size_t>& edgesFrom(size_t v) const { return out_[v]; }
  // Points of an edge over all dimensions (branch entries: 0).
  double points(const Edge& e) const;

  // Reachability from the start, and whether some ending can be reached from a vertex.
  bool reachable(size_t v) const { return reachable_[v]; }
  bool reachesEnding(size_t v) const { return reachesEnding_[v]; }
  bool hasCycle() const { return hasCycle_; }

  // Shortest number of steps from the start (-1: unreachable).
  int depth(size_t v) const { return depth_[v]; }
  // Vertices by depth, in vertex order within a layer; unreachable vertices in one last layer.
  const std::vector<std::vector<size_t>>& layers() const { return layers_; }

  // The expert choice at a node (index into its choices); nullopt for a branch node or a node
  // from which no ending can be reached.
  std::optional<size_t> expertChoice(size_t node) const { return expertChoice_[node]; }
  // The branch entry the expert route follows at a branch node (conditions ignored).
  std::optional<size_t> expertBranch(size_t node) const { return expertBranch_[node]; }
  // The best way on from a vertex.
  Value value(size_t v) const { return value_[v]; }
  // What taking choice `k` at node `n` leads to: its points plus the best way on from there.
  Value choiceValue(size_t n, size_t k) const;
  // The expert route: vertices from the start, following expert choices and branches, to an
  // ending (or until it would repeat a vertex).
  const std::vector<size_t>& expertRoute() const { return expertRoute_; }
  // The best of the choices `available` at node `n` (what an expert takes in a state where
  // not every choice is offered); npos when `available` is empty.
  size_t bestOf(size_t n, const std::vector<size_t>& available) const;

 private:
  Value solve(size_t v, std::vector<bool>& onPath, std::vector<bool>& done);

  const Case* case_;
  size_t nodes_ = 0, vertices_ = 0, start_ = npos;
  std::vector<Edge> edges_;
  std::vector<std::vector<size_t>> out_;
  std::vector<bool> reachable_, reachesEnding_;
  bool hasCycle_ = false;
  std::vector<int> depth_;
  std::vector<std::vector<size_t>> layers_;
  std::vector<std::optional<size_t>> expertChoice_, expertBranch_;
  std::vector<Value> value_;
  std::vector<size_t> expertRoute_;
};

}  // namespace leren::core
