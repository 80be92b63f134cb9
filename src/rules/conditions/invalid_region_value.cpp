// SL7021 invalid-region-value: a value of aws:RequestedRegion (or another key whose values are
// Region codes, such as ec2:Region or kms:ReplicaRegion) that is no AWS Region ("us-east-3",
// "eu-west", "EU-WEST-1" under a case-sensitive operator), or a StringLike pattern no Region
// matches ("eu-wset-*"). The condition never matches it: an Allow grants nothing there, and a
// Deny of "every Region except ..." also denies the Region that was meant. The Region list and
// the Region-valued keys are data (rules/packs/regions.json).
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "rules/pack/pack_rules.h"
#include "util/strings.h"

namespace slim {
namespace {

bool IsRegionKey(std::string_view key) {
  for (const std::string& k : PackList("region_condition_keys")) {
    if (EqualsIgnoreCase(k, key)) return true;
  }
  return false;
}

class InvalidRegionValue final : public Rule {
 public:
  InvalidRegionValue()
      : Rule({"SL7021", "invalid-region-value", Severity::kError,
              "a Region condition value (aws:RequestedRegion, ec2:Region, ...) that is no AWS Region", {"INVALID_REGION"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        if (!IsRegionKey(clause.key_member->key)) continue;
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (op.family() != ConditionOperatorFamily::kString) continue;
        bool ignore_case = op.info->name.find("IgnoreCase") != std::string_view::npos;
        for (const JsonValue* value : clause.values) {
          if (!value->is_string() || conditions::HasPolicyVariable(value->text())) continue;
          const std::string& text = value->text();
          bool pattern = op.accepts_wildcards() && HasWildcard(text);
          if (!pattern && HasWildcard(text)) continue;  // a literal '*' is SL7009's
          if (Matches(text, pattern, ignore_case)) continue;
          Report(check, clause, *value, pattern, ignore_case);
        }
      }
    }
  }

 private:
  static bool Matches(const std::string& text, bool pattern, bool ignore_case) {
    for (const std::string& region : PackList("aws_regions")) {
      if (pattern ? WildcardMatch(text, region, ignore_case) : (ignore_case ? EqualsIgnoreCase(text, region) : text == region)) {
        return true;
      }
    }
    return false;
  }

  static void Report(const DocumentCheck& check, const ConditionClause& clause, const JsonValue& value, bool pattern,
                     bool ignore_case) {
    const std::string& key = clause.key_member->key;
    const std::string& text = value.text();
    std::string message;
    std::string suggestion;
    if (pattern) {
      message = "the pattern \"" + text + "\" matches no AWS Region, so no request's " + key + " matches it";
    } else {
      std::vector<std::string_view> regions(PackList("aws_regions").begin(), PackList("aws_regions").end());
      suggestion = conditions::Closest(text, regions, 2);
      bool case_slip = !ignore_case && !suggestion.empty() && EqualsIgnoreCase(suggestion, text);
      message = "\"" + text + "\" is not an AWS Region" +
                (case_slip ? std::string(" (Region codes are lower-case and ") + std::string(clause.operator_member->key) +
                                 " is case-sensitive)"
                           : std::string()) +
                ", so no request's " + key + " equals it";
      if (!suggestion.empty()) message += "; did you mean \"" + suggestion + "\"?";
    }
    Finding& f = check.Report(value, std::move(message));
    f.aws_issue_code = "INVALID_REGION";
    f.remediation.summary = suggestion.empty() ? "use AWS Region codes such as us-east-1 or eu-west-1 (StringLike patterns "
                                                 "such as eu-* are fine)"
                                               : "write \"" + suggestion + "\"";
  }
};

}  // namespace

RulePtr MakeInvalidRegionValue() { return std::make_unique<InvalidRegionValue>(); }

}  // namespace slim
