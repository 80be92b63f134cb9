// SL7004 condition-value-format: a condition value the operator cannot read: Bool or Null with
// something other than true/false, a Numeric value that is no number, a Date value that is no
// date (or one IAM reads differently than meant: epoch milliseconds, 20240131), an IpAddress
// value that is no address or CIDR range, a BinaryEquals value that is not base64. The condition
// then never matches what the author had in mind.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

struct Problem {
  std::string code;
  std::string message;
  std::string advice;
};

std::optional<Problem> Check(const conditions::ResolvedOperator& op, const JsonValue& value) {
  std::string text = value.text();
  std::string quoted = value.is_string() ? "\"" + text + "\"" : text;
  std::string name(op.info->name);
  switch (op.family()) {
    case ConditionOperatorFamily::kBool:
    case ConditionOperatorFamily::kNull:
      if (EqualsIgnoreCase(text, "true") || EqualsIgnoreCase(text, "false")) return std::nullopt;
      return Problem{"TYPE_MISMATCH_BOOLEAN",
                     op.family() == ConditionOperatorFamily::kNull
                         ? name + " takes true (the key is absent) or false (the key is present), not " + quoted
                         : name + " takes true or false, not " + quoted + ", so the condition never holds",
                     op.family() == ConditionOperatorFamily::kNull
                         ? "use true (the key is absent) or false (the key is present)"
                         : "use true or false"};
    case ConditionOperatorFamily::kNumeric:
      if (value.is_number() || (value.is_string() && conditions::IsNumber(text))) return std::nullopt;
      return Problem{"TYPE_MISMATCH_NUMBER", name + " compares numbers, and " + quoted + " is not one",
                     "write an integer or a decimal number such as 3600 or 1.5"};
    case ConditionOperatorFamily::kDate: {
      if (!value.is_string() && !value.is_number()) {
        return Problem{"TYPE_MISMATCH_DATE", name + " compares dates, and " + quoted + " is not one",
                       "write an ISO 8601 date such as 2025-12-31 or 2025-12-31T23:59:59Z"};
      }
      conditions::DateReading date = conditions::ReadDate(text);
      if (date.form == conditions::DateForm::kInvalid) {
        return Problem{"TYPE_MISMATCH_DATE", name + " compares dates, and " + quoted + " is not a date",
                       "write an ISO 8601 date such as 2025-12-31 or 2025-12-31T23:59:59Z"};
      }
      if (date.form == conditions::DateForm::kMisleading) {
        return Problem{"INVALID_DATE_VALUE", "the date " + quoted + " may not mean what it seems: " + date.explanation,
                       "write the date in ISO 8601 with a time zone, such as 2025-12-31T23:59:59Z"};
      }
      return std::nullopt;
    }
    case ConditionOperatorFamily::kIpAddress:
      if (value.is_string() && conditions::ParseIpRange(text)) return std::nullopt;
      return Problem{"TYPE_MISMATCH_IP_RANGE",
                     name + " compares IP addresses, and " + quoted + " is not an IPv4 or IPv6 address or CIDR range",
                     "write an address or a CIDR range such as 203.0.113.0/24 or 2001:db8::/32"};
    case ConditionOperatorFamily::kBinary:
      if (value.is_string() && conditions::IsBase64(text)) return std::nullopt;
      return Problem{"TYPE_MISMATCH_STRING", name + " compares bytes given in base64, and " + quoted + " is not base64",
                     "write the bytes base64-encoded"};
    default:
      return std::nullopt;
  }
}

class ConditionValueFormat final : public Rule {
 public:
  ConditionValueFormat()
      : Rule({"SL7004", "condition-value-format", Severity::kWarning,
              "a condition value the operator cannot read as intended (a Bool that is not true/false, a number, date, IP "
              "range or base64 value that is malformed)",
              {"TYPE_MISMATCH_BOOLEAN", "TYPE_MISMATCH_DATE", "TYPE_MISMATCH_IP_RANGE", "TYPE_MISMATCH_NUMBER",
               "TYPE_MISMATCH_STRING", "INVALID_DATE_VALUE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (!op.known()) continue;
        for (const JsonValue* value : clause.values) {
          // Other types are SL1014's; policy variables are resolved at request time (or SL7017's).
          if (!(value->is_string() || value->is_number() || value->is_bool())) continue;
          if (value->is_string() && conditions::HasPolicyVariable(value->text())) continue;
          std::optional<Problem> problem = Check(op, *value);
          if (!problem) continue;
          Finding& f = check.Report(*value, std::move(problem->message));
          f.aws_issue_code = problem->code;
          f.remediation.summary = problem->advice;
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeConditionValueFormat() { return std::make_unique<ConditionValueFormat>(); }

}  // namespace slim
