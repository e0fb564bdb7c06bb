#pragma once
// Small directed-graph helpers for the checks of case graphs and figures: reachability,
// strongly connected components and one shortest cycle, all iterative (a hostile graph is
// as deep as it is long). Boost.Graph would do the same, at the price of a large dependency
// for some sixty lines.
#include <cstddef>
#include <vector>

namespace leren::core::graph {

// Vertex i's successors. Duplicates and self-loops are allowed.
using Adjacency = std::vector<std::vector<size_t>>;

// Which vertices can be reached from any of `from` (the starts themselves included).
std::vector<bool> reachableFrom(const Adjacency& g, const std::vector<size_t>& from);

struct Components {
  std::vector<size_t> of;  // component index of each vertex
  size_t count = 0;
};
// Strongly connected components (Tarjan's algorithm without recursion).
Components stronglyConnected(const Adjacency& g);

// Whether the component has a cycle (more than one vertex, or a vertex with a self-loop).
bool hasCycle(const Adjacency& g, const Components& c, size_t component);
// Whether no edge leaves the component.
bool isClosed(const Adjacency& g, const Components& c, size_t component);

// A shortest cycle from v back to v inside v's component: {v, ..., v}; empty when there is none.
std::vector<size_t> shortestCycle(const Adjacency& g, const Components& c, size_t v);

}  // namespace leren::core::graph
