#include "catalog/name_suggestions.h"

#include <algorithm>

#include "util/strings.h"

namespace slim {
namespace {

size_t CommonPrefixIgnoreCase(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size());
  size_t i = 0;
  while (i < n && EqualsIgnoreCase(a.substr(i, 1), b.substr(i, 1))) ++i;
  return i;
}

}  // namespace

void ClosestName::Consider(std::string_view candidate) {
  size_t limit = best_ ? best_distance_ : limit_;
  size_t d = EditDistance(query_, candidate, limit);
  if (d > limit) return;
  size_t common = CommonPrefixIgnoreCase(query_, candidate);
  if (!best_ || d < best_distance_ || (d == best_distance_ && common > best_common_prefix_)) {
    best_ = candidate;
    best_distance_ = d;
    best_common_prefix_ = common;
  }
}

size_t ShortNameBudget(std::string_view name) { return std::max<size_t>(1, name.size() / 3); }

size_t LongNameBudget(std::string_view name) { return std::max<size_t>(2, (name.size() * 2) / 5); }

}  // namespace slim
