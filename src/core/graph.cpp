#include "core/graph.hpp"

#include <algorithm>
#include <deque>
#include <limits>

namespace leren::core::graph {

std::vector<bool> reachableFrom(const Adjacency& g, const std::vector<size_t>& from) {
  std::vector<bool> seen(g.size(), false);
  std::vector<size_t> todo;
  for (size_t s : from)
    if (s < g.size() && !seen[s]) {
      seen[s] = true;
      todo.push_back(s);
    }
  while (!todo.empty()) {
    size_t v = todo.back();
    todo.pop_back();
    for (size_t w : g[v])
      if (w < g.size() && !seen[w]) {
        seen[w] = true;
        todo.push_back(w);
      }
  }
  return seen;
}

Components stronglyConnected(const Adjacency& g) {
  constexpr size_t kUnvisited = std::numeric_limits<size_t>::max();
  const size_t n = g.size();
  Components result;
  result.of.assign(n, kUnvisited);
  std::vector<size_t> index(n, kUnvisited), low(n, 0), stack;
  std::vector<bool> onStack(n, false);
  struct Frame {
    size_t v, next;  // vertex, and which of its successors to look at next
  };
  std::vector<Frame> calls;
  size_t counter = 0;
  for (size_t root = 0; root < n; ++root) {
    if (index[root] != kUnvisited) continue;
    calls.push_back({root, 0});
    index[root] = low[root] = counter++;
    stack.push_back(root);
    onStack[root] = true;
    while (!calls.empty()) {
      Frame& f = calls.back();
      if (f.next < g[f.v].size()) {
        size_t w = g[f.v][f.next++];
        if (w >= n) continue;
        if (index[w] == kUnvisited) {
          index[w] = low[w] = counter++;
          stack.push_back(w);
          onStack[w] = true;
          calls.push_back({w, 0});
        } else if (onStack[w]) {
          low[f.v] = std::min(low[f.v], index[w]);
        }
        continue;
      }
      const size_t v = f.v;
      calls.pop_back();
      if (!calls.empty()) low[calls.back().v] = std::min(low[calls.back().v], low[v]);
      if (low[v] != index[v]) continue;
      size_t w;
      do {
        w = stack.back();
        stack.pop_back();
        onStack[w] = false;
        result.of[w] = result.count;
      } while (w != v);
      ++result.count;
    }
  }
  return result;
}

bool hasCycle(const Adjacency& g, const Components& c, size_t component) {
  size_t members = 0;
  for (size_t v = 0; v < g.size(); ++v) {
    if (c.of[v] != component) continue;
    ++members;
    if (std::find(g[v].begin(), g[v].end(), v) != g[v].end()) return true;
  }
  return members > 1;
}

bool isClosed(const Adjacency& g, const Components& c, size_t component) {
  for (size_t v = 0; v < g.size(); ++v) {
    if (c.of[v] != component) continue;
    for (size_t w : g[v])
      if (w < g.size() && c.of[w] != component) return false;
  }
  return true;
}

std::vector<size_t> shortestCycle(const Adjacency& g, const Components& c, size_t v) {
  if (v >= g.size()) return {};
  if (std::find(g[v].begin(), g[v].end(), v) != g[v].end()) return {v, v};
  // Breadth-first from v's successors inside the component until v is met again.
  constexpr size_t kNone = std::numeric_limits<size_t>::max();
  std::vector<size_t> parent(g.size(), kNone);
  std::deque<size_t> todo;
  for (size_t w : g[v])
    if (w < g.size() && c.of[w] == c.of[v] && parent[w] == kNone) {
      parent[w] = v;
      todo.push_back(w);
    }
  while (!todo.empty()) {
    size_t u = todo.front();
    todo.pop_front();
    for (size_t w : g[u]) {
      if (w == v) {
        std::vector<size_t> path{v};
        for (size_t x = u; x != v; x = parent[x]) path.push_back(x);
        path.push_back(v);
        std::reverse(path.begin() + 1, path.end() - 1);
        return path;
      }
      if (w < g.size() && c.of[w] == c.of[v] && parent[w] == kNone) {
        parent[w] = u;
        todo.push_back(w);
      }
    }
  }
  return {};
}

}  // namespace leren::core::graph
