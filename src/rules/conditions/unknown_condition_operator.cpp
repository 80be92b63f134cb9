// SL7001 unknown-condition-operator: a condition operator IAM does not know. IAM matches operator
// names exactly, so a typo ("StringEqual"), a case slip ("stringEquals"), a misspelt qualifier
// ("ForAllValue:") or IfExists suffix ("StringLikeIfExist") makes IAM reject the whole policy.
#include <algorithm>

#include "catalog/name_suggestions.h"
#include "embed/embedded_files.h"
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

constexpr std::string_view kQualifiers[] = {"ForAllValues", "ForAnyValue"};

// The operator names to suggest from. The Catalog exposes lookups but not the list, so the list
// comes from the embedded operator table; a suggestion is only made if the active catalog knows it.
const std::vector<std::string_view>& OperatorNames() {
  static const std::vector<std::string_view> names = [] {
    static const ConditionOperatorTable table(FindEmbeddedFile("rules/catalog/condition_operators.tsv"));
    std::vector<std::string_view> out;
    for (const ConditionOperatorInfo& info : table.All()) {
      if (info.family != ConditionOperatorFamily::kSetOperator) out.push_back(info.name);
    }
    return out;
  }();
  return names;
}

// NullIfExists is SL7005's: it says why that operator cannot exist.
bool IsNullIfExists(std::string_view written) {
  size_t colon = written.find(':');
  return written.substr(colon == std::string_view::npos ? 0 : colon + 1) == "NullIfExists";
}

class UnknownConditionOperator final : public Rule {
 public:
  UnknownConditionOperator()
      : Rule({"SL7001", "unknown-condition-operator", Severity::kError,
              "a condition operator IAM does not know (a typo, a case slip, a bad ForAllValues:/ForAnyValue: qualifier or "
              "IfExists spelling)",
              {"INVALID_CONDITION_OPERATOR"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.condition || !s.condition->value.is_object()) continue;
      for (const JsonMember& op : s.condition->value.members()) {
        if (conditions::ResolveOperator(check.catalog, op.key).known() || IsNullIfExists(op.key)) continue;
        Report(check, s, op);
      }
    }
  }

 private:
  static void Report(const DocumentCheck& check, const Statement& s, const JsonMember& op) {
    std::string_view written = op.key;
    std::string_view qualifier, base = written;
    size_t colon = written.find(':');
    bool qualified = colon != std::string_view::npos;
    if (qualified) {
      qualifier = written.substr(0, colon);
      base = written.substr(colon + 1);
    }
    std::vector<std::string> problems;
    std::string good_qualifier(qualifier);
    if (qualified && qualifier != kQualifiers[0] && qualifier != kQualifiers[1]) {
      good_qualifier = conditions::Closest(qualifier, {kQualifiers[0], kQualifiers[1]}, 3);
      problems.push_back(EqualsIgnoreCase(good_qualifier, qualifier)
                             ? "IAM matches qualifiers case-sensitively"
                             : "\"" + std::string(qualifier) + ":\" is not a qualifier: only ForAllValues: and ForAnyValue: exist");
    }
    std::string good_base(base);
    const ConditionOperatorInfo* info = check.catalog.FindConditionOperator(base);
    if (!info || info->name != base || info->family == ConditionOperatorFamily::kSetOperator) {
      good_base = conditions::Closest(base, OperatorNames(), LongNameBudget(base));
      if (!good_base.empty() && !conditions::ResolveOperator(check.catalog, good_base).known()) good_base.clear();
      if (!good_base.empty() && EqualsIgnoreCase(good_base, base)) {
        problems.push_back("IAM matches operator names case-sensitively");
      } else if (qualified) {
        problems.push_back("\"" + std::string(base) + "\" is no operator");
      }
    }
    std::string suggestion;
    if (!good_base.empty() && (!qualified || !good_qualifier.empty())) {
      suggestion = (qualified ? good_qualifier + ":" : std::string()) + good_base;
    }
    std::string message = "\"" + std::string(written) + "\" is not a condition operator" +
                          (problems.empty() ? std::string() : " (" + JoinWithAnd(problems) + ")") + ", so IAM rejects the policy";
    if (!suggestion.empty()) message += "; did you mean \"" + suggestion + "\"?";
    Finding& f = check.ReportKey(op, std::move(message));
    f.aws_issue_code = "INVALID_CONDITION_OPERATOR";
    if (suggestion.empty()) {
      f.remediation.summary =
          "use an IAM condition operator (StringEquals, StringLike, ArnLike, NumericLessThan, DateGreaterThan, Bool, "
          "IpAddress, Null, ...), optionally prefixed with ForAllValues: or ForAnyValue: and suffixed with IfExists";
      return;
    }
    f.remediation.summary = "rename the operator to \"" + suggestion + "\"";
    f.remediation.fix = conditions::RenameFix(check.document, op, s.condition->value, suggestion,
                                              "rename \"" + std::string(written) + "\" to \"" + suggestion + "\"");
  }
};

}  // namespace

RulePtr MakeUnknownConditionOperator() { return std::make_unique<UnknownConditionOperator>(); }

}  // namespace slim
