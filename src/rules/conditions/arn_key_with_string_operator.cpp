// SL7027 arn-key-with-string-operator: a String operator on an ARN key (StringEquals on
// aws:SourceArn, StringLike on aws:PrincipalArn). It works: IAM compares the ARN as a string.
// The Arn operators are what AWS documents for these keys: they match each of the six ARN fields
// on its own, so a '*' cannot run across a field boundary, and they say what the value is. A
// suggestion, kept apart from SL7003 (whose mismatches do not work) so teams can gate on one and
// not the other; Parliament calls it MISMATCHED_TYPE_BUT_USABLE, Access Analyzer does not check it.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

// The Arn operator that reads like the String one: only these four (with IfExists) have one.
std::string ArnCounterpart(std::string_view string_operator) {
  std::string_view base = string_operator;
  bool if_exists = EndsWith(base, "IfExists");
  if (if_exists) base.remove_suffix(8);
  std::string arn;
  if (base == "StringEquals") arn = "ArnEquals";
  if (base == "StringNotEquals") arn = "ArnNotEquals";
  if (base == "StringLike") arn = "ArnLike";
  if (base == "StringNotLike") arn = "ArnNotLike";
  return arn.empty() || !if_exists ? arn : arn + "IfExists";
}

class ArnKeyWithStringOperator final : public Rule {
 public:
  ArnKeyWithStringOperator()
      : Rule({"SL7027", "arn-key-with-string-operator", Severity::kSuggestion,
              "a String operator on an ARN condition key, where the Arn operators match field by field", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (!op.known()) continue;
        conditions::KeyFacts facts = conditions::LookUpKey(check.catalog, clause.key_member->key);
        if (conditions::FitOf(op.family(), facts) != conditions::TypeFit::kStringOnArn) continue;
        std::string arn = ArnCounterpart(op.info->name);
        std::string message = std::string(clause.key_member->key) + " holds an ARN; " + std::string(op.info->name) +
                              " compares it as a plain string";
        if (!arn.empty()) message += ", where " + arn + " matches each ARN field on its own";
        Finding& f = check.ReportKey(*clause.key_member, std::move(message));
        f.remediation.summary = arn.empty() ? "compare ARNs with ArnEquals or ArnLike (they are case-sensitive)"
                                            : "use " + arn + " for ARN keys";
      }
    }
  }
};

}  // namespace

RulePtr MakeArnKeyWithStringOperator() { return std::make_unique<ArnKeyWithStringOperator>(); }

}  // namespace slim
