// SL7010 empty-condition-values: a condition key whose value is an empty list. What that means
// depends on the operator: with ForAllValues the condition holds only when the request has no
// such key, with ForAnyValue it never holds, with ...IfExists it holds only when the key is
// absent; otherwise the key is compared with nothing. Either a value was lost or the key is dead.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"

namespace slim {
namespace {

class EmptyConditionValues final : public Rule {
 public:
  EmptyConditionValues()
      : Rule({"SL7010", "empty-condition-values", Severity::kSuggestion, "a condition key with an empty list of values",
              {"EMPTY_ARRAY_CONDITION", "EMPTY_ARRAY_CONDITION_FORALLVALUES", "EMPTY_ARRAY_CONDITION_FORANYVALUE",
               "EMPTY_ARRAY_CONDITION_IFEXISTS"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        const JsonValue& list = clause.key_member->value;
        if (!list.is_array() || !list.items().empty()) continue;
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        const std::string& key = clause.key_member->key;
        std::string message, code;
        if (op.for_all_values()) {
          code = "EMPTY_ARRAY_CONDITION_FORALLVALUES";
          message = "ForAllValues with no values holds only when the request has no " + key + " at all";
        } else if (op.for_any_value()) {
          code = "EMPTY_ARRAY_CONDITION_FORANYVALUE";
          message = "ForAnyValue with no values never holds: no value of " + key + " can match an empty list";
        } else if (op.if_exists()) {
          code = "EMPTY_ARRAY_CONDITION_IFEXISTS";
          message = std::string(op.info->name) + " with no values holds only when the request has no " + key;
        } else {
          code = "EMPTY_ARRAY_CONDITION";
          message = key + " has an empty list of values: the condition compares the key with nothing";
        }
        Finding& f = check.Report(list, std::move(message));
        f.aws_issue_code = code;
        f.remediation.summary = "list the values the key should match, or remove the key (to test that a key is absent, "
                                "use Null with true)";
      }
    }
  }
};

}  // namespace

RulePtr MakeEmptyConditionValues() { return std::make_unique<EmptyConditionValues>(); }

}  // namespace slim
