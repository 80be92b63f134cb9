// SL7022 unsupported-action-for-condition-key: a service condition key that some action of the
// statement never has in its request context (s3:x-amz-storage-class on s3:ListBucket,
// iam:ResourceTag on ec2:*). The key is absent for those actions, so a plain condition is false
// for them (the statement never applies to them) and a Not or ForAllValues condition is true
// (the condition does not restrict them). Global keys (aws:*, and the cross-service session keys)
// apply to every action; tag keys are SL7025's and SL7026's. A wildcard action is reported only
// when none of the actions it covers supports the key: "s3:*" with s3:prefix is a common and
// deliberate shorthand. IfExists and Null conditions are written for absent keys. The catalog's
// per-action key lists are incomplete, so a key that an AWS managed policy uses beside the action
// counts as supported, and the companions of role assumption (sts:TagSession, ...) share the
// keys of the AssumeRole* call they are authorized in.
#include <map>

#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

// sts:TagSession, sts:SetSourceIdentity and sts:SetContext are authorized inside the
// AssumeRole* call that carries them, so that call's keys (sts:ExternalId, ...) are theirs too.
bool SupportedInRoleAssumption(const Catalog& catalog, const ActionInfo& action, std::string_view key) {
  if (action.service_prefix != "sts" ||
      (action.name != "TagSession" && action.name != "SetSourceIdentity" && action.name != "SetContext")) {
    return false;
  }
  for (std::string_view assume : {"sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity"}) {
    const ActionInfo* info = catalog.FindAction(assume);
    if (info && conditions::ActionSupportsKey(catalog, *info, key)) return true;
  }
  return false;
}

class UnsupportedActionForConditionKey final : public Rule {
 public:
  UnsupportedActionForConditionKey()
      : Rule({"SL7022", "unsupported-action-for-condition-key", Severity::kError,
              "a service condition key that some action of the statement never has in its request context",
              {"UNSUPPORTED_ACTION_FOR_CONDITION_KEY"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.action.present() || s.conditions.empty()) continue;
      std::optional<conditions::ExpandedActions> actions;
      for (const ConditionClause& clause : s.conditions) {
        const std::string& key = clause.key_member->key;
        if (conditions::LookUpKey(check.catalog, key).origin != conditions::KeyOrigin::kService) continue;
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (!op.known() || op.if_exists() || op.family() == ConditionOperatorFamily::kNull) continue;
        if (!actions) actions = conditions::ExpandActionElement(check.catalog, s.action);
        std::vector<std::string> unsupported;
        for (const auto& entry : actions->entries) {
          bool any = false;
          for (const ActionInfo* action : entry.actions) {
            any = conditions::ActionSupportsKey(check.catalog, *action, key) ||
                  SupportedInRoleAssumption(check.catalog, *action, key) ||
                  conditions::ManagedPolicyUsesKeyWith(check.catalog, key, action->FullName());
            if (any) break;
          }
          if (!any) unsupported.push_back(entry.node->text());
        }
        if (unsupported.empty()) continue;
        bool one = unsupported.size() == 1 && !HasWildcard(unsupported.front());
        std::string them = one ? "it" : "them";
        std::string consequence = op.TrueWhenKeyAbsent() ? "the condition is always true for " + them + " and does not restrict " + them
                                  : s.denies()           ? "this Deny never applies to " + them
                                                         : "this statement never allows " + them;
        std::string names = conditions::ListSome(unsupported);
        Finding& f = check.ReportKey(*clause.key_member, key + " is never in the request context of " + names + ", so " + consequence);
        f.aws_issue_code = "UNSUPPORTED_ACTION_FOR_CONDITION_KEY";
        f.remediation.summary = "move " + names + " to a statement of " + (one ? "its" : "their") +
                                " own without this key, or use a key " + (one ? "that action supports" : "those actions support") +
                                " (see the service's page in the Service Authorization Reference)";
      }
    }
  }
};

}  // namespace

RulePtr MakeUnsupportedActionForConditionKey() { return std::make_unique<UnsupportedActionForConditionKey>(); }

}  // namespace slim
