// SL5002 admin-equivalent-policy: a statement that allows "*" (or NotAction) on "*" with no
// condition. Whatever the policy is called, it is AdministratorAccess.
#include "rules/builtin_rules.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class AdminEquivalentPolicy final : public Rule {
 public:
  AdminEquivalentPolicy()
      : Rule({"SL5002", "admin-equivalent-policy", Severity::kSecurity,
              "a policy that grants * on * (or NotAction on *): administrator access under another name", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    PolicyType type = check.type();
    if (type != PolicyType::kIdentity && type != PolicyType::kUnknown) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows() || s.condition || !s.resource.Contains("*")) continue;
      bool all_actions = s.action.Contains("*") || s.action.Contains("*:*");
      if (!all_actions && !s.not_action.present()) continue;
      const JsonMember* where = all_actions ? s.action.member : s.not_action.member;
      std::string how = all_actions ? "every action on every resource" : "every action not in NotAction, on every resource";
      Finding& f = check.ReportKey(*where, StatementLabel(s) + " grants " + how + ": this is administrator access");
      f.remediation.summary = "replace the statement with the actions and resources the workload uses";
    }
  }
};

}  // namespace

RulePtr MakeAdminEquivalentPolicy() { return std::make_unique<AdminEquivalentPolicy>(); }

}  // namespace slim
