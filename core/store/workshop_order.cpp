#include "core/store/workshop_order.hpp"

namespace parley {

std::vector<Id> Reordered(std::vector<Id> order, Id id, int delta,
                          const std::function<bool(Id)>& sameGroup) {
  auto it = std::find(order.begin(), order.end(), id);
  if (it == order.end()) return {};
  // Indexes, not iterators: an iterator moved before begin() is undefined behaviour.
  for (ptrdiff_t target = (it - order.begin()) + delta;
       target >= 0 && target < ptrdiff_t(order.size()); target += delta) {
    if (sameGroup(order[size_t(target)])) {
      std::iter_swap(it, order.begin() + target);
      return order;
    }
  }
  return {};
}

}  // namespace parley
