// SL3005 allow-with-not-action: "Allow" with "NotAction" grants every action except the listed
// ones, including every action AWS adds later.
#include "rules/actions/actions.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class AllowWithNotAction final : public Rule {
 public:
  AllowWithNotAction()
      : Rule({"SL3005", "allow-with-not-action", Severity::kSecurity, "Allow with NotAction grants everything not listed", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() == PolicyType::kScp) return;  // SL1xxx reports NotAction in SCP Allow statements
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows() || !s.not_action.present()) continue;
      Finding& f = check.ReportKey(*s.not_action.member, StatementLabel(s) +
                                                             " allows every action except those in \"NotAction\", "
                                                             "including actions AWS adds later");
      f.remediation.summary = "list the allowed actions in \"Action\"; keep exclusions in a separate Deny statement";
    }
  }
};

}  // namespace

RulePtr MakeAllowWithNotAction() { return std::make_unique<AllowWithNotAction>(); }

}  // namespace slim
