// SL2022 recommended-condition-for-service-principal: a statement that grants a service
// principal is narrowed with a key that says nothing about which resource the service acts
// for: aws:Referer or aws:UserAgent (headers the caller writes), or aws:SourceIp, aws:SourceVpc
// and the other network keys (AWS redacts network details from the requests a service makes on
// your behalf). The keys that pin a service to your resources are aws:SourceArn,
// aws:SourceAccount, aws:SourceOrgID and aws:SourceOrgPaths; this rule speaks when the statement
// uses the other keys instead of them. The missing source condition itself is SL2004's, which
// reports the principal; this rule reports the condition that looks like a safeguard and is none.
// Both key lists are data (rules/packs/trust.json), as are the services that send no source
// (rules/packs/principals.json).
#include <algorithm>

#include "engine/check.h"
#include "rules/pack/pack_rules.h"
#include "rules/principals/principals.h"
#include "rules/principals/trust_support.h"
#include "rules/support/principal_util.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

// The first service principal that could send a source, or null.
const JsonValue* ServiceWithSource(const Statement& s) {
  const std::vector<std::string>& exempt = PackList("services_without_source_context");
  for (const JsonValue* service : ServicePrincipals(s)) {
    if (std::find(exempt.begin(), exempt.end(), service->text()) == exempt.end()) return service;
  }
  return nullptr;
}

class RecommendedConditionForServicePrincipal final : public Rule {
 public:
  RecommendedConditionForServicePrincipal()
      : Rule({"SL2022", "recommended-condition-for-service-principal", Severity::kSuggestion,
              "a service principal narrowed by aws:Referer, aws:SourceIp, aws:SourceVpc, ... instead of aws:SourceArn "
              "or aws:SourceAccount",
              {"RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    PolicyType type = check.type();
    if (type != PolicyType::kTrust && type != PolicyType::kResource) return;
    const auto& caller_supplied = PackList("service_principal_caller_supplied_keys");
    const auto& network = PackList("service_principal_network_keys");
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows() || HasRestrictingCondition(s, PackList("source_context_condition_keys"))) continue;
      const JsonValue* service = ServiceWithSource(s);
      if (!service) continue;
      for (const ConditionClause& clause : s.conditions) {
        const std::string& key = clause.key_member->key;
        std::string why;
        if (KeyInList(key, caller_supplied)) {
          why = key + " is a header the caller writes";
        } else if (KeyInList(key, network)) {
          why = key + " describes the network a request comes from, which AWS redacts when a service calls on your behalf";
        } else {
          continue;
        }
        Finding& f = check.ReportKey(*clause.key_member, why + ": it does not tie service principal " + service->text() +
                                                             " to your resources; aws:SourceArn or aws:SourceAccount does");
        f.aws_issue_code = "RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL";
        f.remediation.summary = "restrict the service with \"ArnLike\": {\"aws:SourceArn\": \"<arn of the resource it acts for>\"} "
                                "or \"StringEquals\": {\"aws:SourceAccount\": \"<account-id>\"}";
      }
    }
  }
};

}  // namespace

RulePtr MakeRecommendedConditionForServicePrincipal() { return std::make_unique<RecommendedConditionForServicePrincipal>(); }

}  // namespace slim
