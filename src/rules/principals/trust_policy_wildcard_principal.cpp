// SL2014 trust-policy-wildcard-principal: "Principal": "*" in a role trust policy. IAM rejects
// the string form there; {"AWS": "*"} with a condition on the caller is the accepted way to
// trust principals chosen by condition.
#include "rules/principals/principals.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class TrustPolicyWildcardPrincipal final : public Rule {
 public:
  TrustPolicyWildcardPrincipal()
      : Rule({"SL2014", "trust-policy-wildcard-principal", Severity::kError, "\"Principal\": \"*\" in a role trust policy",
              {"ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kTrust) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.principal.wildcard) continue;
      Finding& f = check.Report(s.principal.member->value, "a trust policy cannot use \"Principal\": \"*\"; name the trusted principals");
      f.aws_issue_code = "ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL";
    }
  }
};

}  // namespace

RulePtr MakeTrustPolicyWildcardPrincipal() { return std::make_unique<TrustPolicyWildcardPrincipal>(); }

}  // namespace slim
