#include "rules/resources/redundancy.h"

#include <algorithm>

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
  bool kept_before = false;
  for (size_t k = 0; k < index; ++k) kept_before |= !removed[k];
  // After a kept item, an item takes the comma before it; in a leading run of removed items,
  // each takes the comma after it. No two spans share a comma, and none touches a kept item.
  if (kept_before) return {items[index - 1].span().end, items[index].span().end};
  return {items[index].span().begin, items[index + 1].span().begin};
}

std::optional<size_t> ItemIndex(const JsonValue& array, const JsonValue* item) {
  const auto& items = array.items();
  for (size_t k = 0; k < items.size(); ++k) {
    if (&items[k] == item) return k;
  }
  return std::nullopt;
}

}  // namespace slim
