// SL7018 set-operator-on-single-valued-key: ForAllValues on a key that has at most one value
// (aws:ResourceTag/<key>, aws:PrincipalOrgID, s3:prefix, ...). ForAllValues is true when the
// request has no such key at all, so an Allow with it also allows every request that lacks the
// key: a resource without the tag, a caller outside any organization. AWS: "do not use ForAllValues
// or ForAnyValue with single-valued context keys". In a Deny the same mistake over-denies, which
// is not a security issue, so only Allow statements are reported.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"

namespace slim {
namespace {

class SetOperatorOnSingleValuedKey final : public Rule {
 public:
  SetOperatorOnSingleValuedKey()
      : Rule({"SL7018", "set-operator-on-single-valued-key", Severity::kSecurity,
              "ForAllValues on a single-valued condition key in an Allow, which also holds when the key is absent",
              {"FORALLVALUES_WITH_SINGLE_VALUED_KEY"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows()) continue;
      for (const ConditionClause& clause : s.conditions) {
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (!op.known() || !op.for_all_values() || op.family() == ConditionOperatorFamily::kNull) continue;
        const std::string& key = clause.key_member->key;
        if (!conditions::LookUpKey(check.catalog, key).SingleValued()) continue;
        std::string plain(op.info->name);
        Finding& f = check.ReportKey(*clause.key_member,
                                     key + " has at most one value, and ForAllValues is true when the request has none: "
                                           "this Allow also applies to every request without " + key);
        f.aws_issue_code = "FORALLVALUES_WITH_SINGLE_VALUED_KEY";
        f.remediation.summary = "use \"" + plain + "\" without ForAllValues:";
        f.remediation.fix = conditions::RenameFix(check.document, *clause.operator_member, s.condition->value, plain,
                                                  "rename \"" + clause.operator_member->key + "\" to \"" + plain + "\"");
      }
    }
  }
};

}  // namespace

RulePtr MakeSetOperatorOnSingleValuedKey() { return std::make_unique<SetOperatorOnSingleValuedKey>(); }

}  // namespace slim
