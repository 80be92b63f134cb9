// SL7026 allow-tag-condition-unsupported-by-service: an Allow conditioned on a tag key
// (aws:ResourceTag/<key>, aws:RequestTag/<key>, aws:TagKeys) that covers services which never put
// that key in the request context. For their actions the condition is false, so the Allow grants
// them nothing: dead permissions that suggest access that does not exist. A suggestion: it grants
// less, never more (a Deny with the same gap is SL7025).
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

class AllowTagConditionUnsupportedByService final : public Rule {
 public:
  AllowTagConditionUnsupportedByService()
      : Rule({"SL7026", "allow-tag-condition-unsupported-by-service", Severity::kSuggestion,
              "an Allow conditioned on a tag key that some covered services never send, so it grants them nothing",
              {"ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE",
               "ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows()) continue;
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
                              " in their request context, so this Allow grants them nothing";
        Finding& f = check.ReportKey(*clause.key_member, std::move(message));
        f.aws_issue_code = not_action ? "ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE"
                                      : "ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE";
        f.remediation.summary = "grant those services' actions in a statement of their own with conditions they "
                                "support, or drop them";
      }
    }
  }
};

}  // namespace

RulePtr MakeAllowTagConditionUnsupportedByService() { return std::make_unique<AllowTagConditionUnsupportedByService>(); }

}  // namespace slim
