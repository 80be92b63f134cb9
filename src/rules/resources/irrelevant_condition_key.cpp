// SL3023 irrelevant-condition-key: a condition key that cannot make a difference in a resource
// policy of one service's resources (resource_policy_service.h), because every request the
// policy governs is a request to those resources:
// - the service's own "resource account" key (s3:ResourceAccount) in a policy of specific
//   resources: the account that owns them never changes (Access Analyzer's example). A policy
//   of "arn:aws:s3:::*" may be a VPC endpoint policy, where the key matters, and is left alone.
// - a service key of another service that the policy's service never sends (kms:ViaService in a
//   bucket policy): the condition is constant. A plain condition on such a key in an Action
//   statement is SL7022's (error: the statement never applies to the actions); this rule reports
//   the forms SL7022 leaves, IfExists and Null conditions and NotAction statements.
// Global keys (aws:*), the cross-service session keys (ec2:SourceInstanceArn, ...) and identity
// provider claims are never irrelevant here.
#include <algorithm>

#include "catalog/catalog.h"
#include "engine/check.h"
#include "rules/resources/arn_patterns.h"
#include "rules/resources/resource_policy_service.h"
#include "rules/resources/resources.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// Names one resource, or resources of one account: "arn:aws:s3:::reports/*", not "arn:aws:s3:::*".
bool Specific(const JsonValue& value) {
  auto fields = SplitArn(value.text());
  if (!fields) return false;
  if (!fields->account().empty()) return !PolicyFieldIsPattern(fields->account());
  return !TypeToken(fields->resource()).empty();
}

// What the clause yields for a request without its key.
bool TrueWhenAbsent(const ParsedConditionOperator& op, const ConditionClause& clause) {
  if (op.info->family == ConditionOperatorFamily::kNull) {
    for (const JsonValue* v : clause.values) {
      if (EqualsIgnoreCase(v->text(), "true")) return true;
    }
    return false;
  }
  if (op.set_operator == "ForAllValues") return true;
  if (op.set_operator == "ForAnyValue") return false;
  return op.info->if_exists || op.info->negated;
}

class IrrelevantConditionKey final : public Rule {
 public:
  IrrelevantConditionKey()
      : Rule({"SL3023", "irrelevant-condition-key", Severity::kSuggestion,
              "a condition key that no request to the resources of a resource policy can make a difference with",
              {"IRRELEVANT_CONDITION_KEY_IN_POLICY"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    std::optional<ResourcePolicyService> policy;
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        const std::string& key = clause.key_member->key;
        size_t colon = key.find(':');
        if (colon == std::string::npos) continue;
        std::string prefix = ToLower(key.substr(0, colon));
        if (prefix == "aws" || prefix == "saml" || FindAnyOf(prefix, "./") != std::string::npos) continue;
        if (check.catalog.FindGlobalConditionKey(key) || !check.catalog.FindServiceConditionKey(key)) continue;
        if (!policy && !(policy = FindResourcePolicyService(check))) return;
        const ServiceInfo* own = check.catalog.FindService(policy->service);
        if (prefix == policy->service || (own && own->FindConditionKey(key))) {
          if (prefix == policy->service && EqualsIgnoreCase(key.substr(colon + 1), "ResourceAccount")) ReportOwnerKey(check, *policy, clause);
        } else {
          ReportForeignKey(check, *policy, s, clause);
        }
      }
    }
  }

 private:
  static void ReportOwnerKey(const DocumentCheck& check, const ResourcePolicyService& policy, const ConditionClause& clause) {
    if (!std::all_of(policy.own.begin(), policy.own.end(), [](const JsonValue* v) { return Specific(*v); })) return;
    const std::string& key = clause.key_member->key;
    Finding& f = check.ReportKey(*clause.key_member, key + " is the account that owns the requested resource, but every request this " +
                                                         "resource policy governs is for its own " + policy.service + " resources (\"" +
                                                         policy.own.front()->text() + "\"), whose owner never changes");
    f.aws_issue_code = "IRRELEVANT_CONDITION_KEY_IN_POLICY";
    f.remediation.summary = "remove the condition; to limit which accounts' resources principals reach, use " + key +
                            " in their identity policies, a service control policy or a VPC endpoint policy";
  }

  static void ReportForeignKey(const DocumentCheck& check, const ResourcePolicyService& policy, const Statement& s,
                               const ConditionClause& clause) {
    ParsedConditionOperator op = check.catalog.ParseConditionOperator(clause.operator_member->key);
    if (!op.info) return;
    bool sl7022 = s.action.present() && !op.info->if_exists && op.info->family != ConditionOperatorFamily::kNull;
    if (sl7022) return;
    bool always_true = TrueWhenAbsent(op, clause);
    const std::string& key = clause.key_member->key;
    std::string outcome = always_true ? "always true and restricts nothing"
                          : s.denies() ? "always false: the Deny never applies"
                                       : "always false: the statement never applies";
    Finding& f = check.ReportKey(*clause.key_member, key + " is never in the request context of a request to " + policy.service +
                                                         " resources, the only ones this resource policy governs (\"" +
                                                         policy.own.front()->text() + "\"), so this " + clause.operator_member->key +
                                                         " condition is " + outcome);
    f.aws_issue_code = "IRRELEVANT_CONDITION_KEY_IN_POLICY";
    f.remediation.summary = always_true ? "remove the condition: here it has no effect"
                                        : "remove the condition or the statement: as written, the statement has no effect";
  }
};

}  // namespace

RulePtr MakeIrrelevantConditionKey() { return std::make_unique<IrrelevantConditionKey>(); }

}  // namespace slim
