#include "rules/support/action_lookup.h"

#include "util/strings.h"

namespace slim {

ActionLookup LookUpAction(const Catalog& catalog, std::string_view action) {
  ActionLookup result;
  if (action == "*") return {ActionStatus::kWildcard, {}, {}, nullptr};
  size_t colon = action.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == action.size()) {
    result.status = ActionStatus::kMalformed;
    return result;
  }
  std::string_view prefix = action.substr(0, colon);
  std::string_view name = action.substr(colon + 1);
  if (HasWildcard(prefix)) return {ActionStatus::kWildcard, {}, {}, nullptr};

  if (!catalog.FindService(prefix)) {
    if ((result.removed = catalog.FindRemovedAction(action))) {
      result.status = ActionStatus::kRemoved;
    } else if (auto evidence = catalog.ManagedPolicyEvidenceForService(prefix); !evidence.empty()) {
      result.status = ActionStatus::kUncatalogued;
      result.evidence = std::move(evidence);
    } else {
      result.status = ActionStatus::kUnknownService;
      if (auto s = catalog.SuggestService(prefix)) result.suggestion = *s;
    }
    return result;
  }
  if (HasWildcard(name)) {
    if (!catalog.ExpandAction(action).empty()) return result;
    result.status = ActionStatus::kUnknownAction;  // a pattern that matches nothing
    return result;
  }
  if (catalog.FindAction(prefix, name)) return result;
  if ((result.removed = catalog.FindRemovedAction(action))) {
    result.status = ActionStatus::kRemoved;
  } else if (auto evidence = catalog.ManagedPolicyEvidenceForAction(action); !evidence.empty()) {
    result.status = ActionStatus::kUncatalogued;
    result.evidence = std::move(evidence);
  } else {
    result.status = ActionStatus::kUnknownAction;
    if (auto s = catalog.SuggestAction(prefix, name)) result.suggestion = *s;
  }
  return result;
}

}  // namespace slim
