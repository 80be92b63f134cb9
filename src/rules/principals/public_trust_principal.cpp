// SL2001 public-trust-principal: "Principal": "*" (or {"AWS": "*"}) in an Allow statement of a
// trust or resource policy, with no condition that narrows who the caller is. Anyone with an
// AWS account can then assume the role or use the resource.
#include "rules/principals/principals.h"
#include "engine/check.h"
#include "rules/pack/pack_rules.h"
#include "rules/support/principal_util.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class PublicTrustPrincipal final : public Rule {
 public:
  PublicTrustPrincipal()
      : Rule({"SL2001", "public-trust-principal", Severity::kSecurity,
              "\"Principal\": \"*\" in a trust or resource policy, not narrowed by a condition on the caller", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    PolicyType type = check.type();
    if (type != PolicyType::kTrust && type != PolicyType::kResource) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows() || !HasPublicPrincipal(s)) continue;
      if (HasRestrictingCondition(s, PackList("principal_identity_condition_keys"))) continue;
      std::string who = type == PolicyType::kTrust ? "any AWS principal in any account can assume this role"
                                                   : "anyone, including anonymous callers, is granted access";
      Finding& f = check.Report(s.principal.member->value, StatementLabel(s) + ": " + who);
      f.remediation.summary =
          "name the accounts or roles that may use it in \"Principal\", or add a condition on who the caller is "
          "(aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:PrincipalAccount or aws:PrincipalArn; for services, "
          "aws:SourceAccount, aws:SourceArn, aws:SourceOrgID or aws:SourceOrgPaths)";
    }
  }
};

}  // namespace

RulePtr MakePublicTrustPrincipal() { return std::make_unique<PublicTrustPrincipal>(); }

}  // namespace slim
