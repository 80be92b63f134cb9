// SL6006 compute-role-escalation: a role that a compute service can assume (EC2, Lambda, ECS
// tasks, EKS, Batch, Step Functions) has permissions that contain an escalation path. Any code
// that runs as the role (a function, a container, an instance's user data) can then take more
// than the role was meant to have, so a bug in the workload becomes an account compromise.
#include <algorithm>

#include "engine/check.h"
#include "rules/pack/pack_rules.h"
#include "rules/risk/escalation.h"
#include "rules/risk/risk.h"

namespace slim {
namespace {

// The trust policy's Service value that names a compute service, or nullptr.
const JsonValue* ComputePrincipal(const PolicyDocument& trust, const Catalog& catalog) {
  for (const Statement& s : trust.policy.statements) {
    if (!s.allows()) continue;
    for (const PrincipalEntry* entry : s.principal.EntriesFor("Service")) {
      for (const JsonValue* value : entry->values) {
        for (const ComputeServicePrincipal& compute : catalog.Risk().compute_service_principals) {
          if (compute.principal == value->text()) return value;
        }
        // Step Functions runs what its state machines say, with the role: compute by another name.
        for (const std::string& extra : PackList("compute_service_principals_extra")) {
          if (extra == value->text()) return value;
        }
      }
    }
  }
  return nullptr;
}

class ComputeRoleEscalation final : public Rule {
 public:
  ComputeRoleEscalation()
      : Rule({"SL6006", "compute-role-escalation", Severity::kSecurity,
              "a role that a compute service assumes can escalate its privileges", {}}) {}

  void CheckPrincipal(const PrincipalCheck& check) const override {
    const IamPrincipal& role = check.principal;
    if (role.kind != PrincipalKind::kRole || !role.trust_policy || !role.trust_policy->parsed()) return;
    const JsonValue* service = ComputePrincipal(*role.trust_policy, check.catalog);
    if (!service) return;
    const PermissionSet& permissions = check.permissions();
    std::string how;
    if (permissions.administrator()) {
      how = "it has administrator access";
    } else {
      std::vector<EscalationPath> paths = FindEscalationPaths(permissions, check.catalog);
      if (paths.empty()) return;
      how = "its permissions contain " + std::to_string(paths.size()) + " escalation " + (paths.size() > 1 ? "paths" : "path") +
            " (see SL6001)";
    }
    Finding& f = check.Report(role.trust_policy->LocationOf(service->span()),
                              "role " + role.name + " is assumed by " + service->text() + " and " + how +
                                  ": any code that runs with this role can take more than the workload needs");
    f.principal = role.ref();
    f.remediation.summary = "give the " + service->text() + " role only the actions its code calls, and keep iam:PassRole "
                            "and policy-changing actions out of it";
  }
};

}  // namespace

RulePtr MakeComputeRoleEscalation() { return std::make_unique<ComputeRoleEscalation>(); }

}  // namespace slim
