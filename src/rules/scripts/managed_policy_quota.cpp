// SL8002 managed-policy-quota: more managed policies attached to one role, user or group than
// IAM allows by default (10). The attachment past the quota fails when the script runs, unless
// the account's quota was raised (roles and users, up to 20; a group's quota is fixed).
#include "engine/check.h"
#include "rules/scripts/scripts.h"

namespace slim {
namespace {

std::string Ordinal(size_t n) {
  const char* suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
  return std::to_string(n) + suffix;
}

class ManagedPolicyQuota final : public Rule {
 public:
  ManagedPolicyQuota()
      : Rule({"SL8002", "managed-policy-quota", Severity::kWarning,
              "more managed policies attached to one role, user or group than IAM allows by default (10)", {}, false,
              {{"quota", 10, 10, 20, "managed policies per role or user: the account's quota, if raised (groups stay at 10)"}}}) {}

  void CheckPrincipal(const PrincipalCheck& check) const override {
    const IamPrincipal& p = check.principal;
    bool group = p.kind == PrincipalKind::kGroup;
    size_t quota = group ? 10 : static_cast<size_t>(check.settings.Option(info().code, info().options[0]));
    if (p.reached_count.size() <= quota) return;
    bool raised = quota != 10;
    Finding& f = check.Report(p.reached_count[quota].location,
                              "this is the " + Ordinal(quota + 1) + " managed policy attached to " +
                                  std::string(PrincipalKindName(p.kind)) + " " + p.name + " (" +
                                  std::to_string(p.reached_count.size()) + " at most); IAM allows " + std::to_string(quota) +
                                  (group ? " per group" : raised ? " (the quota in .slim-lint.json)" : " unless the account's quota was raised") +
                                  ", so this attachment fails");
    f.principal = p.ref();
    f.remediation.summary = group ? "merge policies into fewer customer managed policies (a group's quota of 10 cannot be raised)"
                                  : "merge policies into fewer customer managed policies, or request a quota increase (up to 20)";
  }
};

}  // namespace

RulePtr MakeManagedPolicyQuota() { return std::make_unique<ManagedPolicyQuota>(); }

}  // namespace slim
