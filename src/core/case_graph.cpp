#include "core/case_graph.hpp"

#include <algorithm>

#include "core/content_lint.hpp"

namespace leren::core {

namespace {

int ratingRank(Rating r) { return r == Rating::good ? 2 : r == Rating::mixed ? 1 : 0; }

}  // namespace

size_t CaseGraph::vertexOf(const Target& t) const {
  switch (t.kind) {
    case Target::Kind::node:
      return t.index < nodes_ ? t.index : npos;
    case Target::Kind::ending:
      return nodes_ + t.index < vertices_ ? nodes_ + t.index : npos;
    case Target::Kind::none:
      break;
  }
  return npos;
}

double CaseGraph::points(const Edge& e) const {
  return e.kind == Edge::Kind::choice ? totalPoints(case_->nodes[e.from].choices[e.index]) : 0.0;
}

CaseGraph::CaseGraph(const Case& c) : case_(&c), nodes_(c.nodes.size()), vertices_(c.nodes.size() + c.endings.size()) {
  out_.resize(vertices_);
  for (size_t n = 0; n < nodes_; ++n) {
    const Node& node = c.nodes[n];
    for (size_t k = 0; k < node.choices.size(); ++k)
      if (const size_t to = vertexOf(node.choices[k].target); to != npos) {
        out_[n].push_back(edges_.size());
        edges_.push_back({n, to, Edge::Kind::choice, k});
      }
    for (size_t k = 0; k < node.branch.size(); ++k)
      if (const size_t to = vertexOf(node.branch[k].target); to != npos) {
        out_[n].push_back(edges_.size());
        edges_.push_back({n, to, Edge::Kind::branch, k});
      }
  }
  start_ = vertexOf(c.startTarget);

  // Depth and reachability: breadth first from the start.
  depth_.assign(vertices_, -1);
  reachable_.assign(vertices_, false);
  if (start_ != npos) {
    std::vector<size_t> queue{start_};
    depth_[start_] = 0;
    for (size_t q = 0; q < queue.size(); ++q)
      for (size_t e : out_[queue[q]])
        if (const size_t to = edges_[e].to; depth_[to] < 0) {
          depth_[to] = depth_[queue[q]] + 1;
          queue.push_back(to);
        }
  }
  int maxDepth = -1;
  for (size_t v = 0; v < vertices_; ++v) {
    reachable_[v] = depth_[v] >= 0;
    maxDepth = std::max(maxDepth, depth_[v]);
  }
  layers_.resize(static_cast<size_t>(maxDepth + 1));
  for (size_t v = 0; v < vertices_; ++v)
    if (depth_[v] >= 0) layers_[static_cast<size_t>(depth_[v])].push_back(v);
  std::vector<size_t> unreachable;
  for (size_t v = 0; v < vertices_; ++v)
    if (depth_[v] < 0) unreachable.push_back(v);
  if (!unreachable.empty()) layers_.push_back(std::move(unreachable));

  // Which vertices reach an ending: backwards until nothing changes.
  reachesEnding_.assign(vertices_, false);
  for (size_t v = nodes_; v < vertices_; ++v) reachesEnding_[v] = true;
  for (bool changed = true; changed;) {
    changed = false;
    for (const Edge& e : edges_)
      if (reachesEnding_[e.to] && !reachesEnding_[e.from]) reachesEnding_[e.from] = changed = true;
  }

  // Cycles: Kahn's algorithm leaves vertices behind when there is one.
  std::vector<size_t> indegree(vertices_, 0), ready;
  for (const Edge& e : edges_) ++indegree[e.to];
  for (size_t v = 0; v < vertices_; ++v)
    if (indegree[v] == 0) ready.push_back(v);
  size_t removed = 0;
  while (!ready.empty()) {
    const size_t v = ready.back();
    ready.pop_back();
    ++removed;
    for (size_t e : out_[v])
      if (--indegree[edges_[e].to] == 0) ready.push_back(edges_[e].to);
  }
  hasCycle_ = removed < vertices_;

  // The expert: from the start first (so the cut cycles are the ones a learner meets from
  // there), then from every vertex not solved yet, in order.
  expertChoice_.assign(nodes_, std::nullopt);
  expertBranch_.assign(nodes_, std::nullopt);
  value_.assign(vertices_, Value{});
  std::vector<bool> onPath(vertices_, false), done(vertices_, false);
  if (start_ != npos) solve(start_, onPath, done);
  for (size_t v = 0; v < vertices_; ++v)
    if (!done[v]) solve(v, onPath, done);

  std::vector<bool> seen(vertices_, false);
  for (size_t v = start_; v != npos && !seen[v];) {
    seen[v] = true;
    expertRoute_.push_back(v);
    if (isEnding(v)) break;
    size_t next = npos;
    if (const auto k = expertChoice_[v]) next = vertexOf(c.nodes[v].choices[*k].target);
    if (const auto b = expertBranch_[v]) next = vertexOf(c.nodes[v].branch[*b].target);
    v = next;
  }
}

CaseGraph::Value CaseGraph::solve(size_t v, std::vector<bool>& onPath, std::vector<bool>& done) {
  if (done[v]) return value_[v];
  if (isEnding(v)) {
    done[v] = true;
    return value_[v] = Value{ratingRank(case_->endings[endingOf(v)].rating), 0};
  }
  if (onPath[v]) return Value{};  // a way back onto the path: cut
  onPath[v] = true;
  Value best;
  bool found = false;
  for (size_t e : out_[v]) {
    const Edge& edge = edges_[e];
    Value on = solve(edge.to, onPath, done);
    if (on.rating < 0) continue;
    on.points += points(edge);
    if (found && !(best < on)) continue;
    best = on;
    found = true;
    (edge.kind == Edge::Kind::choice ? expertChoice_[v] : expertBranch_[v]) = edge.index;
    (edge.kind == Edge::Kind::choice ? expertBranch_[v] : expertChoice_[v]) = std::nullopt;
  }
  onPath[v] = false;
  done[v] = true;
  return value_[v] = best;
}

CaseGraph::Value CaseGraph::choiceValue(size_t n, size_t k) const {
  const Choice& ch = case_->nodes[n].choices[k];
  const size_t to = vertexOf(ch.target);
  if (to == npos) return Value{};
  Value v = value_[to];
  if (v.rating >= 0) v.points += totalPoints(ch);
  return v;
}

size_t CaseGraph::bestOf(size_t n, const std::vector<size_t>& available) const {
  size_t best = npos;
  for (size_t k : available)
    if (best == npos || choiceValue(n, best) < choiceValue(n, k)) best = k;
  return best;
}

}  // namespace leren::core
