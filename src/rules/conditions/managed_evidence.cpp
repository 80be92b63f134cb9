#include "rules/conditions/managed_evidence.h"

#include "util/strings.h"

namespace slim::conditions {

// The catalog generator records how AWS managed policies use each condition key
// (managed_policy_evidence.tsv, K lines), so these questions cost a lookup, not a parse of
// every managed policy document.

bool UsedByManagedPolicy(const Catalog& catalog, std::string_view key) {
  const ManagedPolicyEvidenceTable& evidence = catalog.ManagedPolicyEvidenceData();
  if (evidence.ForConditionKey(key)) return true;
  size_t slash = key.find('/');
  return slash != std::string_view::npos && evidence.UsesConditionKeyFamily(ToLower(key.substr(0, slash + 1)));
}

bool UsedUnqualifiedByManagedPolicy(const Catalog& catalog, std::string_view key) {
  const ConditionKeyUse* use = catalog.ManagedPolicyEvidenceData().ForConditionKey(key);
  return use && use->unqualified;
}

bool ManagedPolicyUsesKeyWith(const Catalog& catalog, std::string_view key, std::string_view action) {
  const ConditionKeyUse* use = catalog.ManagedPolicyEvidenceData().ForConditionKey(key);
  if (!use) return false;
  for (std::string_view pattern : use->actions) {
    if (WildcardMatch(pattern, action, true)) return true;
  }
  return false;
}

}  // namespace slim::conditions
