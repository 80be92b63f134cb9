// SL6006 compute-role-escalation: a role that a compute service assumes to run the account's
// own code (EC2, Lambda, ECS tasks, EKS Pod Identity, CodeBuild, Step Functions) has permissions
// that contain an escalation path. Any code that runs as the role (a function, a container, an
// instance's user data, a build) can then take more than the role was meant to have, so a bug
// in the workload becomes an account compromise. Service roles that only the service itself
// uses (eks.amazonaws.com, batch.amazonaws.com) run no user code and are not compute here.
#include <algorithm>

#include "engine/check.h"
#include "rules/pack/pack_rules.h"
#include "rules/risk/escalation.h"
#include "rules/risk/risk.h"
#include "util/strings.h"

namespace slim {
namespace {

// The trust policy's Service value that names a compute service, or nullptr.
const JsonValue* ComputePrincipal(const PolicyDocument& trust) {
  const auto& compute = PackList("compute_service_principals");
  for (const Statement& s : trust.policy.statements) {
    if (!s.allows()) continue;
    for (const PrincipalEntry* entry : s.principal.EntriesFor("Service")) {
      for (const JsonValue* value : entry->values) {
        for (const std::string& principal : compute) {
          if (WildcardMatch(principal, value->text(), true)) return value;
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
    const JsonValue* service = ComputePrincipal(*role.trust_policy);
    if (!service) return;
    const PermissionSet& permissions = check.permissions();
    std::string how;
    if (permissions.administrator()) {
      how = "it has administrator access";
    } else {
      std::vector<EscalationPath> paths = FindEscalationPaths(permissions, check.catalog, role.name);
      if (paths.empty()) return;
      how = "its permissions contain " + std::to_string(paths.size()) + " escalation " + (paths.size() > 1 ? "paths" : "path") +
            " (see SL6001)";
    }
    Finding& f = check.Report(role.trust_policy->LocationOf(service->span()),
                              "role " + role.name + " is assumed by " + service->text() + " and " + how +
                                  ": any code that runs with this role can take more than the workload needs");
    f.principal = role.ref();
    // Say where in the trust policy the compute principal is, as document findings do.
    f.json_pointer = PointerOf(*role.trust_policy, service);
    f.remediation.summary = "give the " + service->text() + " role only the actions its code calls, and keep iam:PassRole "
                            "and policy-changing actions out of it";
  }
};

}  // namespace

RulePtr MakeComputeRoleEscalation() { return std::make_unique<ComputeRoleEscalation>(); }

}  // namespace slim
