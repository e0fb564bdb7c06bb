#include "core/stable_sort.hpp"

#include <algorithm>
#include <numeric>

namespace leren::core {

std::vector<size_t> stableOrder(size_t n, bool (*less)(const void* context, size_t a, size_t b), const void* context) {
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return less(context, a, b); });
  return order;
}

}  // namespace leren::core
