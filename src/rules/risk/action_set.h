// A set of actions given by name, for the risk rules, which test every action a principal may
// perform against lists of hundreds of names: membership is one hash lookup instead of a
// case-insensitive comparison with each name.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "catalog/catalog.h"
#include "util/strings.h"

namespace slim {

class ActionSet {
 public:
  // Adds `names` ("iam:PassRole", any case). Names, not catalog entries: resolving a list of
  // hundreds through the catalog would read the catalog sections of services no policy uses.
  template <typename Names>
  void Add(const Names& names) {
    for (const auto& name : names) names_.insert(ToLower(name));
  }
  // Answers are remembered by catalog entry: the risk rules ask about the same few hundred
  // actions for every principal. A set answers one thread (ActionSetFor gives each its own).
  bool contains(const ActionInfo& action) const {
    auto [it, inserted] = answers_.try_emplace(&action, false);
    if (inserted) {
      std::string key = std::string(action.service_prefix).append(":").append(action.name);
      for (char& c : key) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      it->second = names_.contains(key);
    }
    return it->second;
  }

 private:
  std::unordered_set<std::string> names_;  // lower case
  mutable std::unordered_map<const ActionInfo*, bool> answers_;
};

// The set `fill` makes, built once per thread and catalog. Each call site passes its own
// lambda, so each has its own set.
template <typename Fill>
const ActionSet& ActionSetFor(const Catalog& catalog, Fill fill) {
  thread_local uint64_t built_for = 0;
  thread_local ActionSet set;
  if (built_for != catalog.id()) {
    set = ActionSet{};
    fill(set);
    built_for = catalog.id();
  }
  return set;
}

}  // namespace slim
