#include "config/did_you_mean.h"

#include <algorithm>

#include "engine/registry.h"
#include "util/strings.h"

namespace slim {

std::string ClosestName(std::string_view typed, std::span<const std::string> candidates) {
  // Distances below `limit` count: one edit for short words, two (a transposition) from four
  // letters, three for long ones.
  size_t limit = (typed.size() <= 3 ? 1 : std::clamp<size_t>(typed.size() / 3, 2, 3)) + 1;
  std::string best;
  for (const std::string& candidate : candidates) {
    size_t distance = EditDistance(typed, candidate, limit);
    if (distance < limit) limit = distance, best = candidate;
  }
  return best;
}

std::string DidYouMean(std::string_view typed, std::span<const std::string> candidates) {
  std::string best = ClosestName(typed, candidates);
  return best.empty() ? std::string() : " (did you mean \"" + best + "\"?)";
}

std::vector<std::string> RuleNames() {
  std::vector<std::string> names;
  for (const Rule* rule : AllRules()) {
    names.push_back(rule->info().code);
    names.push_back(rule->info().name);
  }
  return names;
}

}  // namespace slim
