// SL5002 admin-equivalent-policy: a statement that allows "*" (or NotAction) on "*" with no
// condition. Whatever the policy is called, it is AdministratorAccess.
#include "rules/managed/managed.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class AdminEquivalentPolicy final : public Rule {
 public:
  AdminEquivalentPolicy() : Rule(Info()) {}

  static RuleInfo Info() {
    RuleInfo info{"SL5002", "admin-equivalent-policy", Severity::kSecurity,
                  "a policy that grants * on * (or NotAction on *): administrator access under another name", {}};
    info.checks_aws_managed = true;  // PowerUserAccess and friends are administrators under another name
    return info;
  }

  void CheckDocument(const DocumentCheck& check) const override {
    PolicyType type = check.type();
    if (type != PolicyType::kIdentity && type != PolicyType::kUnknown) return;
    if (check.document.managed_policy_name == "AdministratorAccess") return;  // SL5001 reports the attachment
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows()) continue;
      bool every_resource = s.resource.Contains("*") || s.not_resource.present();
      bool all_actions = s.action.Contains("*") || s.action.Contains("*:*");
      if (!every_resource || (!all_actions && !s.not_action.present())) continue;
      const JsonMember* where = all_actions ? s.action.member : s.not_action.member;
      std::string what = all_actions ? "every action" : "every action not in NotAction";
      std::string on = s.not_resource.present() ? "on every resource not in NotResource" : "on every resource";
      bool conditional = s.condition && s.condition->value.is_object() && !s.condition->value.members().empty();
      std::string verdict = all_actions && !s.not_resource.present()
                                ? "this is administrator access"
                                : "this is close to administrator access, and grows with every action AWS adds";
      if (conditional) verdict += " whenever its condition holds";
      Finding& f = check.ReportKey(*where, StatementLabel(s) + " grants " + what + " " + on + ": " + verdict);
      f.remediation.summary = "replace the statement with the actions and resources the workload uses";
    }
  }
};

}  // namespace

RulePtr MakeAdminEquivalentPolicy() { return std::make_unique<AdminEquivalentPolicy>(); }

}  // namespace slim
