// SL1008 invalid-effect: Effect must be exactly "Allow" or "Deny"; the value is case-sensitive,
// so "allow" is rejected.
#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

class InvalidEffect final : public Rule {
 public:
  InvalidEffect()
      : Rule({"SL1008", "invalid-effect", Severity::kError, "Effect is not exactly \"Allow\" or \"Deny\"",
              {"INVALID_EFFECT"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (s.effect != Effect::kInvalid || !s.effect_member->value.is_string()) continue;
      const JsonValue& value = s.effect_member->value;
      std::string fixed = EqualsIgnoreCase(value.text(), "allow") ? "Allow" : EqualsIgnoreCase(value.text(), "deny") ? "Deny" : "";
      std::string message = "Effect \"" + value.text() + "\" is not \"Allow\" or \"Deny\"";
      if (!fixed.empty()) message += " (the value is case-sensitive: use \"" + fixed + "\")";
      Finding& f = check.Report(value, std::move(message));
      f.aws_issue_code = "INVALID_EFFECT";
      if (!fixed.empty()) {
        f.remediation.summary = "write \"" + fixed + "\"";
        f.remediation.fix = MakeFix(FixApplicability::kSafe, "correct the case of Effect",
                                    ToFileEdits(check.document, {{value.span(), "\"" + fixed + "\""}}));
      }
    }
  }
};

}  // namespace

RulePtr MakeInvalidEffect() { return std::make_unique<InvalidEffect>(); }

}  // namespace slim
