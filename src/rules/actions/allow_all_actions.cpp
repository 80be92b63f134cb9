// SL3003 allow-all-actions: "Action": "*" in an Allow statement grants every action of every
// AWS service, present and future.
#include "rules/actions/actions.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class AllowAllActions final : public Rule {
 public:
  AllowAllActions() : Rule({"SL3003", "allow-all-actions", Severity::kSecurity, "Allow with \"Action\": \"*\"", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    // An SCP or RCP that allows "*" (AWS's default FullAWSAccess) grants nothing by itself, and
    // a trust policy's actions are the sts:AssumeRole family whatever it says.
    PolicyType type = check.type();
    if (type == PolicyType::kScp || type == PolicyType::kRcp || type == PolicyType::kTrust) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows()) continue;
      for (const JsonValue* action : s.action.values) {
        if (action->text() != "*" && action->text() != "*:*") continue;
        std::string scope = s.not_resource.present()   ? "on every resource not excluded by NotResource"
                            : s.resource.Contains("*") ? "on every resource"
                                                       : "on the listed resources";
        Finding& f = check.Report(*action, StatementLabel(s) + " allows every action of every AWS service " + scope);
        f.remediation.summary = "list the actions the workload calls instead of \"*\"";
      }
    }
  }
};

}  // namespace

RulePtr MakeAllowAllActions() { return std::make_unique<AllowAllActions>(); }

}  // namespace slim
