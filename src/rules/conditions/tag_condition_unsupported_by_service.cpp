// SL7025 tag-condition-unsupported-by-service: a Deny conditioned on a tag key (aws:ResourceTag/<key>,
// aws:RequestTag/<key>, aws:TagKeys) that covers services which never put that key in the request
// context. For their actions the key is absent, the condition is false, and the Deny does not
// apply: "deny deleting anything tagged Protected" does not protect resources of services without
// tag-based authorization. With NotAction the gap is every such service the exclusion leaves in.
// Only conditions that are false for an absent key are reported (not Not..., IfExists or
// ForAllValues conditions, which make the Deny apply instead). Allow statements are SL7026's.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

class TagConditionUnsupportedByService final : public Rule {
 public:
  TagConditionUnsupportedByService()
      : Rule({"SL7025", "tag-condition-unsupported-by-service", Severity::kSecurity,
              "a Deny conditioned on a tag key that some covered services never send, so their actions escape the Deny",
              {"DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE",
               "DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.denies()) continue;
      for (const ConditionClause& clause : s.conditions) {
        const std::string& key = clause.key_member->key;
        if (!conditions::IsServiceDependentTagKey(key)) continue;
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (!op.known() || op.family() == ConditionOperatorFamily::kNull || op.TrueWhenKeyAbsent()) continue;
        std::vector<std::string> services = conditions::ServicesWithoutKey(check.catalog, s, key);
        if (services.empty()) continue;
        bool not_action = !s.action.present();
        std::string message = std::string(services.size() == 1 ? "the actions of service " : "the actions of services ") +
                              conditions::ListSome(services) +
                              (not_action ? " (not excluded by NotAction)" : "") + " never have " + key +
                              " in their request context, so the condition is false for them and this Deny does not "
                              "apply to them";
        Finding& f = check.ReportKey(*clause.key_member, std::move(message));
        f.aws_issue_code = not_action ? "DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE"
                                      : "DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE";
        f.remediation.summary = "deny those services' actions in a statement of its own with a condition they support "
                                "(or none), or scope this Deny to services with tag-based authorization";
      }
    }
  }
};

}  // namespace

RulePtr MakeTagConditionUnsupportedByService() { return std::make_unique<TagConditionUnsupportedByService>(); }

}  // namespace slim
