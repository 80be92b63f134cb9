// SL7019 multivalued-key-without-qualifier: a multivalued key (aws:TagKeys, aws:CalledVia,
// aws:PrincipalOrgPaths, ArrayOf* service keys) compared without ForAllValues: or ForAnyValue:.
// A request can carry several values for such a key; AWS requires a set operator to say whether
// all of them or any of them must match, and without one the condition does not say which.
// Keys that AWS managed policies themselves compare without a qualifier are left alone.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"

namespace slim {
namespace {

class MultivaluedKeyWithoutQualifier final : public Rule {
 public:
  MultivaluedKeyWithoutQualifier()
      : Rule({"SL7019", "multivalued-key-without-qualifier", Severity::kError,
              "a multivalued condition key compared without ForAllValues: or ForAnyValue:", {"MISSING_QUALIFIER"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (!op.known() || !op.qualifier.empty() || op.family() == ConditionOperatorFamily::kNull) continue;
        const std::string& key = clause.key_member->key;
        if (!conditions::LookUpKey(check.catalog, key).Multivalued()) continue;
        // AWS's own policies compare some catalogued ArrayOf* keys without a qualifier
        // (events:detail-type): for those the catalog's type is not the whole story.
        if (conditions::UsedUnqualifiedByManagedPolicy(check.catalog, key)) continue;
        std::string name(op.info->name);
        Finding& f = check.ReportKey(*clause.key_member,
                                     key + " can hold several values in one request, and " + name +
                                         " without ForAllValues: or ForAnyValue: does not say whether all or any of "
                                         "them must match");
        f.aws_issue_code = "MISSING_QUALIFIER";
        f.remediation.summary = "write \"ForAnyValue:" + name + "\" (some value matches) or \"ForAllValues:" + name +
                                "\" (every value matches; also true when the key is absent, so add a Null check in an Allow)";
      }
    }
  }
};

}  // namespace

RulePtr MakeMultivaluedKeyWithoutQualifier() { return std::make_unique<MultivaluedKeyWithoutQualifier>(); }

}  // namespace slim
