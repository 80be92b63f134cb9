// SL7024 mfa-false-pattern: Bool aws:MultiFactorAuthPresent "false". The key is only in the
// request context of temporary credentials; requests signed with long-term access keys have no
// such key at all, so Bool ... false is false for them. In a Deny ("deny unless MFA") that
// exempts exactly the long-term keys; in an Allow it grants sessions that skipped MFA while
// looking like an MFA control. AWS's pattern is a Deny with BoolIfExists ... false.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

class MfaFalsePattern final : public Rule {
 public:
  MfaFalsePattern()
      : Rule({"SL7024", "mfa-false-pattern", Severity::kSecurity,
              "Bool aws:MultiFactorAuthPresent false, which requests with long-term access keys (no such key) never match",
              {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows() && !s.denies()) continue;
      for (const ConditionClause& clause : s.conditions) {
        if (clause.operator_member->key != "Bool" || !EqualsIgnoreCase(clause.key_member->key, "aws:MultiFactorAuthPresent")) {
          continue;
        }
        bool says_false = false;
        for (const JsonValue* value : clause.values) says_false = says_false || EqualsIgnoreCase(value->text(), "false");
        if (!says_false) continue;
        Report(check, s, clause);
      }
    }
  }

 private:
  static void Report(const DocumentCheck& check, const Statement& s, const ConditionClause& clause) {
    if (s.denies()) {
      Finding& f = check.ReportKey(*clause.key_member,
                                   "requests signed with long-term access keys have no aws:MultiFactorAuthPresent, so Bool "
                                   "false does not match them: this Deny lets them through without MFA");
      f.remediation.summary = "use BoolIfExists, which also matches requests without the key";
      f.remediation.fix = conditions::RenameFix(check.document, *clause.operator_member, s.condition->value, "BoolIfExists",
                                                "rename \"Bool\" to \"BoolIfExists\"");
      if (clause.operator_member->value.members().size() > 1) f.remediation.fix = {};  // the rename would change other keys
      return;
    }
    Finding& f = check.ReportKey(*clause.key_member,
                                 "this Allow grants temporary-credential sessions that did not use MFA, and not "
                                 "long-term access keys (their requests have no aws:MultiFactorAuthPresent): it does not "
                                 "enforce MFA, whatever it seems to say");
    f.remediation.summary = "to require MFA, deny with BoolIfExists aws:MultiFactorAuthPresent false; to tell long-term "
                            "keys apart, test the key with Null";
  }
};

}  // namespace

RulePtr MakeMfaFalsePattern() { return std::make_unique<MfaFalsePattern>(); }

}  // namespace slim
