// SL2009 principal-in-identity-policy: an identity policy (inline or managed) names no
// principal: it applies to whoever it is attached to. IAM rejects Principal there.
#include "rules/principals/principals.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class PrincipalInIdentityPolicy final : public Rule {
 public:
  PrincipalInIdentityPolicy()
      : Rule({"SL2009", "principal-in-identity-policy", Severity::kError,
              "Principal or NotPrincipal in an identity policy, which IAM rejects", {"UNSUPPORTED_PRINCIPAL", "SCP_SYNTAX_ERROR_PRINCIPAL"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    PolicyType type = check.type();
    // Only when the type is known from use or from --type; content alone would have called it a
    // trust or resource policy.
    if (type != PolicyType::kIdentity && type != PolicyType::kScp) return;
    for (const Statement& s : check.document.policy.statements) {
      for (const PrincipalElement* p : {&s.principal, &s.not_principal}) {
        if (!p->present()) continue;
        bool scp = type == PolicyType::kScp;
        Finding& f = check.ReportKey(*p->member, "\"" + p->member->key + "\" is not allowed in " +
                                                     std::string(scp ? "a service control policy, which applies to the "
                                                                       "accounts and organizational units it is attached to"
                                                                     : "an identity policy, which applies to the role, user or "
                                                                       "group it is attached to"));
        f.aws_issue_code = scp ? "SCP_SYNTAX_ERROR_PRINCIPAL" : "UNSUPPORTED_PRINCIPAL";
        f.remediation.summary = "remove \"" + p->member->key + "\"" +
                                (scp ? std::string(" (use a condition such as aws:PrincipalArn to exempt principals)")
                                     : std::string("; to grant another principal, write a trust or resource policy instead"));
      }
    }
  }
};

}  // namespace

RulePtr MakePrincipalInIdentityPolicy() { return std::make_unique<PrincipalInIdentityPolicy>(); }

}  // namespace slim
