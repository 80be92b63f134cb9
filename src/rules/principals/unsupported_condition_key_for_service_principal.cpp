// SL2023 unsupported-condition-key-for-service-principal: a statement whose only principals are
// AWS service principals has a condition on a key that describes an IAM identity or a role
// session: aws:PrincipalOrgID (a service is in no organization of yours), aws:PrincipalTag,
// aws:username, aws:MultiFactorAuthPresent, aws:SourceIdentity, ... A service principal calling
// directly never has these keys, so a plain condition never holds (the statement never applies
// to the service) and a Not..., IfExists or ForAllValues condition always holds (it restricts
// nothing). The key list, with the AWS documentation it comes from, is data
// (rules/packs/trust.json); keys AWS documents as present in every request (aws:PrincipalAccount,
// aws:PrincipalArn, aws:userid, aws:PrincipalType) are not in it.
#include "engine/check.h"
#include "rules/pack/pack_rules.h"
#include "rules/principals/principals.h"
#include "rules/principals/trust_support.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

class UnsupportedConditionKeyForServicePrincipal final : public Rule {
 public:
  UnsupportedConditionKeyForServicePrincipal()
      : Rule({"SL2023", "unsupported-condition-key-for-service-principal", Severity::kError,
              "a condition key that service principals never send, in a statement that trusts only service principals",
              {"UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    PolicyType type = check.type();
    if (type != PolicyType::kTrust && type != PolicyType::kResource) return;
    const auto& absent = PackList("condition_keys_absent_for_service_principals");
    for (const Statement& s : check.document.policy.statements) {
      if (s.conditions.empty() || !OnlyServicePrincipals(s)) continue;
      std::vector<std::string> names;
      for (const JsonValue* service : ServicePrincipals(s)) names.push_back(service->text());
      bool one = names.size() == 1;
      std::string them = one ? "it" : "them";
      std::string services = std::string(one ? "service principal " : "service principals ") + JoinWithAnd(names);
      for (const ConditionClause& clause : s.conditions) {
        const std::string& key = clause.key_member->key;
        if (!KeyInList(key, absent)) continue;
        std::optional<bool> holds = HoldsWithoutKey(check.catalog, clause);
        if (!holds) continue;
        std::string consequence = *holds       ? "the condition always holds for " + them + " and restricts nothing"
                                  : s.denies() ? "this Deny never applies to " + them
                                  : type == PolicyType::kTrust ? std::string(one ? "it" : "they") + " can never assume this role"
                                                               : "this statement never allows " + them + " anything";
        Finding& f = check.ReportKey(*clause.key_member, key + " is never in the request context of " + services + ", so " + consequence);
        f.aws_issue_code = "UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL";
        f.remediation.summary = "remove the " + key + " condition; to limit a service to your own resources, use aws:SourceArn, "
                                "aws:SourceAccount, aws:SourceOrgID or aws:SourceOrgPaths";
      }
    }
  }
};

}  // namespace

RulePtr MakeUnsupportedConditionKeyForServicePrincipal() { return std::make_unique<UnsupportedConditionKeyForServicePrincipal>(); }

}  // namespace slim
