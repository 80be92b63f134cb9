// SL6005 infrastructure-modification: a principal may change infrastructure (Write, Tagging or
// Permissions-management actions) on every resource with no condition. Cloudsplaining reports
// this at low severity: it is what a broad grant looks like from the attacker's side (delete,
// reconfigure, or tag resources to slip past tag-based controls), and the count shows how far
// the grant reaches. Writes that only emit telemetry (metrics, log events, traces) are left out:
// every workload has them on "*" and they change nothing (rules/packs/risk.json).
#include <algorithm>

#include "catalog/access_level.h"
#include "engine/check.h"
#include "rules/pack/pack_rules.h"
#include "rules/risk/risk.h"
#include "rules/risk/action_set.h"
#include "rules/risk/unconstrained_actions.h"
#include "util/strings.h"

namespace slim {
namespace {

class InfrastructureModification final : public Rule {
 public:
  InfrastructureModification()
      : Rule({"SL6005", "infrastructure-modification", Severity::kSuggestion,
              "a principal may modify resources (Write, Tagging, Permissions management) on * with no condition", {}}) {}

  void CheckPrincipal(const PrincipalCheck& check) const override {
    const Catalog& catalog = check.catalog;
    const ActionSet& telemetry =
        ActionSetFor(catalog, [&](ActionSet& set) { set.Add(PackList("infrastructure_modification_excluded_actions")); });
    auto modifying = [&](const ActionInfo& a) { return IsModifyingAccessLevel(a.access_level) && !telemetry.contains(a); };
    ReportUnconstrained(check, FindUnconstrained(check, modifying), "actions that modify resources",
                        "limit Write actions to the ARNs of the workload's own resources");
  }
};

}  // namespace

RulePtr MakeInfrastructureModification() { return std::make_unique<InfrastructureModification>(); }

}  // namespace slim
