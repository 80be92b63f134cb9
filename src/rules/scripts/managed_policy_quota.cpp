// SL8002 managed-policy-quota: more managed policies attached to one role, user or group than
// IAM allows by default (10). The attachment past the quota fails when the script runs, unless
// the account's quota was raised (roles and users, up to 20; a group's quota is fixed).
#include "engine/check.h"
#include "rules/scripts/scripts.h"

namespace slim {
namespace {

class ManagedPolicyQuota final : public Rule {
 public:
  ManagedPolicyQuota()
      : Rule({"SL8002", "managed-policy-quota", Severity::kWarning,
              "more managed policies attached to one role, user or group than IAM allows by default (10)", {}}) {}

  void CheckPrincipal(const PrincipalCheck& check) const override {
    const IamPrincipal& p = check.principal;
    if (!p.over_quota) return;
    bool group = p.kind == PrincipalKind::kGroup;
    Finding& f = check.Report(p.over_quota->location,
                              "this is the 11th managed policy attached to " + std::string(PrincipalKindName(p.kind)) + " " +
                                  p.name + " (" + std::to_string(p.peak_attachments) + " at most); IAM allows 10 " +
                                  (group ? "per group" : "unless the account's quota was raised") +
                                  ", so this attachment fails");
    f.principal = p.ref();
    f.remediation.summary = group ? "merge policies into fewer customer managed policies (a group's quota of 10 cannot be raised)"
                                  : "merge policies into fewer customer managed policies, or request a quota increase (up to 20)";
  }
};

}  // namespace

RulePtr MakeManagedPolicyQuota() { return std::make_unique<ManagedPolicyQuota>(); }

}  // namespace slim
