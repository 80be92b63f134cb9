// SL7017 variable-with-wrong-operator: a policy variable ("${aws:username}") in a value of a
// Numeric, Date, IpAddress, Binary or Null condition. IAM substitutes policy variables only for
// String, ARN and Bool operators; elsewhere the value is not read as intended.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"

namespace slim {
namespace {

bool TakesVariables(ConditionOperatorFamily family) {
  return family == ConditionOperatorFamily::kString || family == ConditionOperatorFamily::kArn ||
         family == ConditionOperatorFamily::kBool;
}

class VariableWithWrongOperator final : public Rule {
 public:
  VariableWithWrongOperator()
      : Rule({"SL7017", "variable-with-wrong-operator", Severity::kError,
              "a policy variable in a value of a condition operator that does not take them (Numeric, Date, IpAddress, "
              "Binary, Null)",
              {"INVALID_VARIABLE_FOR_OPERATOR"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (!op.known() || TakesVariables(op.family())) continue;
        for (const JsonValue* value : clause.values) {
          if (!value->is_string() || !conditions::HasPolicyVariable(value->text())) continue;
          Finding& f = check.Report(*value, std::string(op.info->name) + " does not take policy variables: IAM "
                                                                          "substitutes them only for String, ARN and "
                                                                          "Bool operators, so \"" +
                                                    value->text() + "\" is not replaced");
          f.aws_issue_code = "INVALID_VARIABLE_FOR_OPERATOR";
          f.remediation.summary = "write a literal value, or compare with a String or ARN operator where a variable is needed";
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeVariableWithWrongOperator() { return std::make_unique<VariableWithWrongOperator>(); }

}  // namespace slim
