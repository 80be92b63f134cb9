// SL7020 multiple-boolean-values: a Bool condition with several values. A boolean key has one
// value; ["true", "false"] holds whenever the key is present, whatever it says, and repeating one
// value is noise at best.
#include <set>

#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

class MultipleBooleanValues final : public Rule {
 public:
  MultipleBooleanValues()
      : Rule({"SL7020", "multiple-boolean-values", Severity::kError, "a Bool condition key given several values",
              {"INVALID_CONDITION_MULTIPLE_BOOLEAN"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (op.family() != ConditionOperatorFamily::kBool || clause.values.size() < 2) continue;
        std::set<std::string> distinct;
        for (const JsonValue* value : clause.values) distinct.insert(ToLower(value->text()));
        const std::string& key = clause.key_member->key;
        std::string message = distinct.count("true") && distinct.count("false")
                                  ? key + " is given both true and false, so the condition holds whenever the key is "
                                          "present and tests nothing"
                                  : key + " is a boolean and takes one value, not " +
                                        std::to_string(clause.values.size());
        Finding& f = check.Report(clause.key_member->value, std::move(message));
        f.aws_issue_code = "INVALID_CONDITION_MULTIPLE_BOOLEAN";
        f.remediation.summary = "give " + key + " the one value it must have (to test only that the key is present, use "
                                                "Null with false)";
      }
    }
  }
};

}  // namespace

RulePtr MakeMultipleBooleanValues() { return std::make_unique<MultipleBooleanValues>(); }

}  // namespace slim
