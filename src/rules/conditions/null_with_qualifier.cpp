// SL7006 null-with-qualifier: "ForAllValues:Null" or "ForAnyValue:Null". Null tests whether the
// key is in the request at all; a set qualifier makes IAM apply it to each of the key's values
// instead, which no longer tests presence: ForAllValues is true whenever the key is absent, and
// ForAnyValue false.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"

namespace slim {
namespace {

class NullWithQualifier final : public Rule {
 public:
  NullWithQualifier()
      : Rule({"SL7006", "null-with-qualifier", Severity::kSuggestion,
              "the Null condition operator with ForAllValues: or ForAnyValue:, which no longer tests whether the key exists",
              {"NULL_WITH_QUALIFIER"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.condition || !s.condition->value.is_object()) continue;
      for (const JsonMember& op : s.condition->value.members()) {
        conditions::ResolvedOperator resolved = conditions::ResolveOperator(check.catalog, op.key);
        if (!resolved.known() || resolved.qualifier.empty() || resolved.family() != ConditionOperatorFamily::kNull) continue;
        Finding& f = check.ReportKey(op, std::string(resolved.qualifier) +
                                             ": makes Null test each value of the key instead of whether the key is "
                                             "present; with no key in the request " + std::string(resolved.qualifier) +
                                             " is " + (resolved.for_all_values() ? "true" : "false") +
                                             " whatever the Null value says");
        f.aws_issue_code = "NULL_WITH_QUALIFIER";
        f.remediation.summary = "use \"Null\" without a qualifier to test whether the key is present";
        f.remediation.fix = conditions::RenameFix(check.document, op, s.condition->value, "Null",
                                                  "rename \"" + op.key + "\" to \"Null\"");
      }
    }
  }
};

}  // namespace

RulePtr MakeNullWithQualifier() { return std::make_unique<NullWithQualifier>(); }

}  // namespace slim
