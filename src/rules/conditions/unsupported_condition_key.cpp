// SL7016 unsupported-condition-key: aws:ARN. It was never a request-context key IAM supports
// (Access Analyzer rejects it), so the condition cannot test what it names; the keys for "the
// caller's ARN" and "the resource a service acts for" are aws:PrincipalArn and aws:SourceArn.
// Keys the reference data marks unsupported are reported; merely deprecated ones are SL7028's.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

class UnsupportedConditionKey final : public Rule {
 public:
  UnsupportedConditionKey()
      : Rule({"SL7016", "unsupported-condition-key", Severity::kError,
              "a global condition key IAM does not support (aws:ARN)", {"UNSUPPORTED_GLOBAL_CONDITION_KEY"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        const GlobalConditionKeyInfo* global = check.catalog.FindGlobalConditionKey(clause.key_member->key);
        if (!global || !global->deprecated || !StartsWith(global->availability, "not supported")) continue;
        Finding& f = check.ReportKey(*clause.key_member,
                                     std::string(global->name) + " is not a supported condition key: it is not in the "
                                                                 "request context, so the condition cannot test it");
        f.aws_issue_code = "UNSUPPORTED_GLOBAL_CONDITION_KEY";
        f.remediation.summary = std::string(global->deprecation_advice) +
                                ": aws:PrincipalArn is the caller's ARN, aws:SourceArn the resource a service acts for";
      }
    }
  }
};

}  // namespace

RulePtr MakeUnsupportedConditionKey() { return std::make_unique<UnsupportedConditionKey>(); }

}  // namespace slim
