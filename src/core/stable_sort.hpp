#pragma once
// Stable sorting with one instantiation of std::stable_sort for the whole program. Each
// std::stable_sort with a comparator of its own put about 2.7 KB into the wasm (its merge, move
// and insertion steps, per comparator; docs/performance.md, "Sixteenth session"); here every
// caller sorts indices through the same code and only a small comparison thunk is its own.
#include <cstddef>
#include <utility>
#include <vector>

namespace leren::core {

// The indices 0..n-1 in the order that sorts the items stably: less(context, a, b) says whether
// item a goes before item b.
std::vector<size_t> stableOrder(size_t n, bool (*less)(const void* context, size_t a, size_t b), const void* context);

// std::stable_sort(items.begin(), items.end(), less), through stableOrder.
template <typename T, typename Less>
void stableSortBy(std::vector<T>& items, const Less& less) {
  struct Context {
    const std::vector<T>& items;
    const Less& less;
  } context{items, less};
  const std::vector<size_t> order = stableOrder(
      items.size(),
      [](const void* c, size_t a, size_t b) {
        const Context& x = *static_cast<const Context*>(c);
        return static_cast<bool>(x.less(x.items[a], x.items[b]));
      },
      &context);
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (size_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

}  // namespace leren::core
