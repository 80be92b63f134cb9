// SL7013 redundant-numeric-values: several values for NumericLessThan(Equals) or
// NumericGreaterThan(Equals). IAM ORs the values of a key, so "NumericLessThan": [10, 20] is
// simply "less than 20": only the loosest bound counts, and the others mislead a reader into
// seeing a range.
#include <cstdlib>

#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

class RedundantNumericValues final : public Rule {
 public:
  RedundantNumericValues()
      : Rule({"SL7013", "redundant-numeric-values", Severity::kSuggestion,
              "several values for a NumericLessThan or NumericGreaterThan condition, where only the loosest bound counts",
              {"REDUNDANT_CONDITION_VALUE_NUM"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (op.family() != ConditionOperatorFamily::kNumeric || clause.values.size() < 2) continue;
        std::string_view name = op.info->name;
        bool less = StartsWith(name, "NumericLessThan");
        if (!less && !StartsWith(name, "NumericGreaterThan")) continue;
        const JsonValue* loosest = nullptr;
        double bound = 0;
        bool all_numbers = true;
        for (const JsonValue* value : clause.values) {
          std::string text = value->text();
          if (!(value->is_number() || (value->is_string() && conditions::IsNumber(text)))) {
            all_numbers = false;
            break;
          }
          double number = std::strtod(text.c_str(), nullptr);
          if (!loosest || (less ? number > bound : number < bound)) {
            loosest = value;
            bound = number;
          }
        }
        if (!all_numbers) continue;
        const JsonValue& list = clause.key_member->value;
        std::string kept(check.document.source.text().substr(loosest->span().begin, loosest->span().size()));
        Finding& f = check.Report(list, std::string(name) + " holds when any of its values does, so only " + loosest->text() +
                                            " counts for " + clause.key_member->key + "; the other values change nothing");
        f.aws_issue_code = "REDUNDANT_CONDITION_VALUE_NUM";
        f.remediation.summary = "keep the single value " + loosest->text() + " (for a range, use NumericLessThan and "
                                "NumericGreaterThan together)";
        f.remediation.fix = MakeFix(FixApplicability::kSafe, "keep only " + loosest->text(),
                                    ToFileEdits(check.document, {{list.span(), kept}}));
      }
    }
  }
};

}  // namespace

RulePtr MakeRedundantNumericValues() { return std::make_unique<RedundantNumericValues>(); }

}  // namespace slim
