// "Did you mean ...?" for unknown service prefixes, actions, managed policies and principals.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace slim {

// Keeps the candidate closest to `query` by case-insensitive edit distance, within `max_distance`.
// Ties go to the candidate sharing the longer common prefix with the query, then the first seen
// (callers feed candidates in sorted order, so results are deterministic).
class ClosestName {
 public:
  ClosestName(std::string_view query, size_t max_distance) : query_(query), limit_(max_distance) {}

  void Consider(std::string_view candidate);
  std::optional<std::string_view> best() const { return best_; }
  size_t best_distance() const { return best_distance_; }

 private:
  std::string_view query_;
  size_t limit_;
  std::optional<std::string_view> best_;
  size_t best_distance_ = 0;
  size_t best_common_prefix_ = 0;
};

// Default edit-distance budgets: about a third of the name for short identifiers (service prefixes,
// principals), a little more for long CamelCase names (actions, policies) where a word is often
// misremembered ("ListBucketByTags").
size_t ShortNameBudget(std::string_view name);
size_t LongNameBudget(std::string_view name);

}  // namespace slim
