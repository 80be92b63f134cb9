// SL2012 trust-policy-resource: a role's trust policy has Resource or NotResource. The
// resource of a trust policy is the role itself, and IAM rejects the element.
#include "rules/principals/principals.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class TrustPolicyResource final : public Rule {
 public:
  TrustPolicyResource()
      : Rule({"SL2012", "trust-policy-resource", Severity::kError, "Resource or NotResource in a role trust policy",
              {"ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kTrust) return;
    for (const Statement& s : check.document.policy.statements) {
      for (const StringListElement* e : {&s.resource, &s.not_resource}) {
        if (!e->present()) continue;
        Finding& f = check.ReportKey(*e->member, "a trust policy cannot have \"" + e->member->key +
                                                     "\": the role itself is the resource");
        f.aws_issue_code = "ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE";
        f.remediation.summary = "remove \"" + e->member->key + "\"";
      }
    }
  }
};

}  // namespace

RulePtr MakeTrustPolicyResource() { return std::make_unique<TrustPolicyResource>(); }

}  // namespace slim
