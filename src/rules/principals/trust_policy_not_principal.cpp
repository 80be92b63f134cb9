// SL2013 trust-policy-not-principal: IAM rejects NotPrincipal in a role trust policy; the
// trusted principals must be listed.
#include "rules/principals/principals.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class TrustPolicyNotPrincipal final : public Rule {
 public:
  TrustPolicyNotPrincipal()
      : Rule({"SL2013", "trust-policy-not-principal", Severity::kError, "NotPrincipal in a role trust policy",
              {"ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kTrust) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.not_principal.present()) continue;
      Finding& f = check.ReportKey(*s.not_principal.member, "a trust policy cannot use \"NotPrincipal\"; list the trusted principals in \"Principal\"");
      f.aws_issue_code = "ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL";
    }
  }
};

}  // namespace

RulePtr MakeTrustPolicyNotPrincipal() { return std::make_unique<TrustPolicyNotPrincipal>(); }

}  // namespace slim
