// SL2019 roles-anywhere-missing-action: IAM Roles Anywhere assumes a role for a workload
// outside AWS with sts:AssumeRole, and sets the session's source identity and session tags from
// the workload's certificate, so the role's trust policy must allow rolesanywhere.amazonaws.com
// all of sts:AssumeRole, sts:SetSourceIdentity and sts:TagSession (the list is data, in
// rules/packs/trust.json). Without one of them no credentials are delivered. The actions may
// be granted by several statements.
#include <algorithm>

#include "engine/check.h"
#include "rules/pack/pack_rules.h"
#include "rules/principals/principals.h"
#include "rules/principals/trust_support.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

constexpr std::string_view kRolesAnywhere = "rolesanywhere.amazonaws.com";

class RolesAnywhereMissingAction final : public Rule {
 public:
  RolesAnywhereMissingAction()
      : Rule({"SL2019", "roles-anywhere-missing-action", Severity::kError,
              "rolesanywhere.amazonaws.com trusted without all of sts:AssumeRole, sts:SetSourceIdentity and sts:TagSession",
              {"MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kTrust) return;
    const Policy& policy = check.document.policy;
    for (const Statement& s : policy.statements) {
      if (!s.allows()) continue;
      for (const JsonValue* service : ServicePrincipals(s)) {
        if (service->text() != kRolesAnywhere) continue;
        std::vector<std::string> missing;
        for (const std::string& action : PackList("roles_anywhere_required_actions")) {
          std::vector<const JsonValue*> lacking = PrincipalsLacking(policy, s, action);
          if (std::find(lacking.begin(), lacking.end(), service) != lacking.end()) missing.push_back(action);
        }
        if (missing.empty()) continue;
        Finding& f = check.Report(*service, "IAM Roles Anywhere is not allowed " + JoinWithAnd(missing) + " by this policy; it needs " +
                                                JoinWithAnd(PackList("roles_anywhere_required_actions")) +
                                                " to assume a role, so no workload can get credentials for this role through it");
        f.aws_issue_code = "MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY";
        f.remediation.summary = "add " + JoinWithAnd(missing) + " to the statement's \"Action\"";
        if (auto edit = AddActionsEdit(check.document, s, missing)) {
          // Unsafe: it lets Roles Anywhere assume a role it could not assume before.
          f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "add " + JoinWithAnd(missing), ToFileEdits(check.document, {*edit}));
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeRolesAnywhereMissingAction() { return std::make_unique<RolesAnywhereMissingAction>(); }

}  // namespace slim
