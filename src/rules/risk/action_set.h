// A set of catalog actions given by name, for the risk rules, which test every action a
// principal may perform against lists of hundreds of names: membership is one lookup by
// address instead of a case-insensitive comparison with each name.
#pragma once

#include <cstdint>
#include <unordered_set>

#include "catalog/catalog.h"

namespace slim {

class ActionSet {
 public:
  // Adds the catalog entries of `names` (any case); names the catalog lacks name no entry.
  template <typename Names>
  void Add(const Catalog& catalog, const Names& names) {
    for (const auto& name : names) {
      if (const ActionInfo* action = catalog.FindAction(name)) actions_.insert(action);
    }
  }
  bool contains(const ActionInfo& action) const { return actions_.contains(&action); }

 private:
  std::unordered_set<const ActionInfo*> actions_;
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
