#include "catalog/action_lookup.h"

#include "util/strings.h"

namespace slim {
namespace {

// A removed action the text names, or that the pattern matches (retired services keep their
// actions on this list, so "deepracer:*" is recognized as retired rather than unknown).
const RemovedAction* FindRemoved(const Catalog& catalog, std::string_view action) {
  if (!HasWildcard(action)) return catalog.FindRemovedAction(action);
  for (const RemovedAction& removed : catalog.RemovedActions().All()) {
    if (WildcardMatch(action, removed.full_name, true)) return &removed;
  }
  return nullptr;
}

// Evidence for an action the catalog lacks: the policies using it (or, for a pattern, using
// an action it matches).
const ManagedPolicyEvidence* FindEvidence(const Catalog& catalog, std::string_view action) {
  const ManagedPolicyEvidenceTable& table = catalog.ManagedPolicyEvidenceData();
  if (!HasWildcard(action)) return table.ForAction(action);
  for (const ManagedPolicyEvidence& evidence : table.Actions()) {
    if (WildcardMatch(action, evidence.name, true)) return &evidence;
  }
  return nullptr;
}

void SetEvidence(ActionLookup& result, const ManagedPolicyEvidence& evidence, bool for_service) {
  result.status = ActionStatus::kUncatalogued;
  result.evidence.assign(evidence.policies.begin(), evidence.policies.end());
  result.evidence_is_for_service = for_service;
}

}  // namespace

ActionLookup LookUpAction(const Catalog& catalog, std::string_view action) {
  ActionLookup result;
  if (action == "*") return {ActionStatus::kWildcard, {}, {}, false, nullptr};
  size_t colon = action.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == action.size()) {
    result.status = ActionStatus::kMalformed;
    return result;
  }
  std::string_view prefix = action.substr(0, colon);
  std::string_view name = action.substr(colon + 1);
  if (HasWildcard(prefix)) return {ActionStatus::kWildcard, {}, {}, false, nullptr};

  bool service_known = catalog.FindService(prefix) != nullptr;
  if (service_known && (HasWildcard(name) ? !catalog.ExpandAction(action).empty() : catalog.FindAction(action) != nullptr)) {
    return result;
  }
  if ((result.removed = FindRemoved(catalog, action))) {
    result.status = ActionStatus::kRemoved;
    return result;
  }
  if (const ManagedPolicyEvidence* evidence = FindEvidence(catalog, action)) {
    SetEvidence(result, *evidence, false);
    return result;
  }
  if (!service_known) {
    // A service newer than the catalog: its other actions cannot be checked either.
    if (const ManagedPolicyEvidence* evidence = catalog.ManagedPolicyEvidenceData().ForService(prefix)) {
      SetEvidence(result, *evidence, true);
      return result;
    }
    result.status = ActionStatus::kUnknownService;
    if (auto s = catalog.SuggestService(prefix)) result.suggestion = *s;
    return result;
  }
  result.status = ActionStatus::kUnknownAction;
  if (!HasWildcard(name)) {
    if (auto s = catalog.SuggestAction(prefix, name)) result.suggestion = *s;
  }
  return result;
}

}  // namespace slim
