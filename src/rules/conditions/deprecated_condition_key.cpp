// SL7028 deprecated-condition-key: a global condition key AWS has replaced, such as
// aws:SourceOwner (older SNS and S3 notification policies), which AWS no longer documents in
// favour of aws:SourceAccount. It still works where it did, but new services do not send it.
// Split from SL7016 because a key that works is not an error.
#include "catalog/catalog.h"
#include "engine/check.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

class DeprecatedConditionKey final : public Rule {
 public:
  DeprecatedConditionKey()
      : Rule({"SL7028", "deprecated-condition-key", Severity::kWarning,
              "a deprecated global condition key (aws:SourceOwner) that has a documented replacement",
              {"DEPRECATED_GLOBAL_CONDITION_KEY"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        const GlobalConditionKeyInfo* global = check.catalog.FindGlobalConditionKey(clause.key_member->key);
        if (!global || !global->deprecated || StartsWith(global->availability, "not supported")) continue;
        Finding& f = check.ReportKey(*clause.key_member, std::string(global->name) +
                                                             " is deprecated: AWS no longer documents it and newer "
                                                             "services do not send it");
        f.aws_issue_code = "DEPRECATED_GLOBAL_CONDITION_KEY";
        f.remediation.summary = std::string(global->deprecation_advice);
      }
    }
  }
};

}  // namespace

RulePtr MakeDeprecatedConditionKey() { return std::make_unique<DeprecatedConditionKey>(); }

}  // namespace slim
