// SL8002 managed-policy-quota: more managed policies attached to one role, user or group than
// IAM allows by default (10). The attachment past the quota fails when the script runs, unless
// the account's quota was raised (up to 20).
#include "rules/builtin_rules.h"
#include "engine/check.h"

namespace slim {
namespace {

constexpr size_t kDefaultQuota = 10;

class ManagedPolicyQuota final : public Rule {
 public:
  ManagedPolicyQuota()
      : Rule({"SL8002", "managed-policy-quota", Severity::kWarning,
              "more managed policies attached to one role, user or group than IAM allows by default (10)", {}}) {}

  void CheckPrincipal(const PrincipalCheck& check) const override {
    const auto& attachments = check.principal.attachments;
    if (attachments.size() <= kDefaultQuota) return;
    const PolicyAttachment& over = attachments[kDefaultQuota];
    Finding& f = check.Report(over.location, std::string(PrincipalKindName(check.principal.kind)) + " " + check.principal.name +
                                                 " gets " + std::to_string(attachments.size()) +
                                                 " managed policies; IAM allows 10 unless the quota is raised, so this "
                                                 "attachment fails");
    f.principal = check.principal.ref();
    f.remediation.summary = "merge policies into fewer customer managed policies, or request a quota increase (up to 20)";
  }
};

}  // namespace

RulePtr MakeManagedPolicyQuota() { return std::make_unique<ManagedPolicyQuota>(); }

}  // namespace slim
