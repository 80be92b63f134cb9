// SL7007 duplicate-condition-key-case: one condition block names the same key twice, spelt with
// different case ("aws:SourceIp" and "aws:sourceip"). Condition keys are case-insensitive, so
// both are one key, and which of the two value lists IAM applies is not defined. (The exact same
// spelling twice is SL1002.)
#include "engine/check.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

class DuplicateConditionKeyCase final : public Rule {
 public:
  DuplicateConditionKeyCase()
      : Rule({"SL7007", "duplicate-condition-key-case", Severity::kError,
              "the same condition key twice in one condition block, spelt with different case",
              {"DUPLICATE_KEYS_WITH_DIFFERENT_CASE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.condition || !s.condition->value.is_object()) continue;
      for (const JsonMember& op : s.condition->value.members()) {
        if (!op.value.is_object()) continue;
        const auto& keys = op.value.members();
        for (size_t i = 1; i < keys.size(); ++i) {
          for (size_t j = 0; j < i; ++j) {
            if (keys[j].key == keys[i].key || !EqualsIgnoreCase(keys[j].key, keys[i].key)) continue;
            Finding& f = check.ReportKey(keys[i], "condition key \"" + keys[i].key + "\" repeats \"" + keys[j].key +
                                                      "\" in the same " + op.key +
                                                      " block: keys are case-insensitive, so this is one key twice and "
                                                      "which values apply is undefined");
            f.aws_issue_code = "DUPLICATE_KEYS_WITH_DIFFERENT_CASE";
            f.remediation.summary = "merge the values into one \"" + keys[j].key + "\" entry";
            if (!check.document.anchor) {
              f.related.push_back({check.document.LocationOf(keys[j].key_span), "first written here"});
            }
            break;
          }
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeDuplicateConditionKeyCase() { return std::make_unique<DuplicateConditionKeyCase>(); }

}  // namespace slim
