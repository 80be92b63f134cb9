#include "rules/resources/redundancy.h"

#include <algorithm>
#include <functional>

namespace slim {

std::vector<std::optional<size_t>> FindRedundant(const std::vector<std::vector<size_t>>& covered_by, const std::vector<size_t>& rank) {
  const size_t count = covered_by.size();
  auto covers = [&](size_t i, size_t j) { return std::find(covered_by[j].begin(), covered_by[j].end(), i) != covered_by[j].end(); };
  // j goes when something covers it and is not covered back, or is covered back but ranks first.
  std::vector<char> gone(count, 0);
  for (size_t j = 0; j < count; ++j) {
    for (size_t i : covered_by[j]) gone[j] |= !covers(j, i) || rank[i] < rank[j];
  }
  // Coverage built from the catalog and from patterns together is not always transitive (a name
  // the catalog lacks is covered only by patterns): keep anything left without a kept cover.
  std::vector<std::optional<size_t>> out(count);
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t j = 0; j < count; ++j) {
      if (!gone[j]) continue;
      out[j].reset();
      for (size_t i : covered_by[j]) {
        if (!gone[i]) {
          out[j] = i;
          break;
        }
      }
      if (!out[j]) {
        gone[j] = 0;
        changed = true;
      }
    }
  }
  return out;
}

ByteSpan ItemRemovalSpan(const JsonValue& array, size_t index, const std::vector<bool>& removed) {
  const auto& items = array.items();
  // Some item before `index` is kept: found at once when the first item is, as it is when the
  // removed items are repeats of it.
  auto before = removed.begin() + static_cast<std::ptrdiff_t>(index);
  bool kept_before = std::find(removed.begin(), before, false) != before;
  // After a kept item, an item takes the comma before it; in a leading run of removed items,
  // each takes the comma after it. No two spans share a comma, and none touches a kept item.
  if (kept_before) return {items[index - 1].span().end, items[index].span().end};
  return {items[index].span().begin, items[index + 1].span().begin};
}

std::optional<size_t> ItemIndex(const JsonValue& array, const JsonValue* item) {
  // Items are stored contiguously: the index is the distance from the first.
  const auto& items = array.items();
  std::less<const JsonValue*> less;
  if (items.empty() || less(item, &items.front()) || !less(item, &items.front() + items.size())) return std::nullopt;
  return static_cast<size_t>(item - &items.front());
}

}  // namespace slim
