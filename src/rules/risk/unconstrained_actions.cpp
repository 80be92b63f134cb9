#include "rules/risk/unconstrained_actions.h"

#include <map>
#include <set>

#include "util/strings.h"

namespace slim {

std::vector<UnconstrainedAction> FindUnconstrained(const PrincipalCheck& check,
                                                   const std::function<bool(const ActionInfo&)>& wanted) {
  std::vector<UnconstrainedAction> out;
  const PermissionSet& permissions = check.permissions();
  if (permissions.administrator()) return out;  // SL5001/SL5002 speak for it
  for (const auto& [action, grants] : permissions.allowed()) {
    if (!wanted(*action)) continue;
    for (const StatementGrant& grant : grants) {
      if (grant.unconstrained && !grant.grant->designed_for_service) {
        out.push_back({action->FullName(), &grant});
        break;
      }
    }
  }
  return out;
}

void ReportUnconstrained(const PrincipalCheck& check, const std::vector<UnconstrainedAction>& actions,
                         const std::string& what, const std::string& advice) {
  if (actions.empty()) return;
  // Point at the statement that grants most of them: the grant to narrow first.
  std::map<const Statement*, size_t> counts;
  const StatementGrant* main = actions.front().grant;
  for (const UnconstrainedAction& a : actions) {
    if (++counts[a.grant->statement] > counts[main->statement]) main = a.grant;
  }
  std::optional<Location> where = main->Where();
  if (!where) where = check.principal.created_at;
  if (!where) return;
  std::vector<std::string> names;
  for (size_t i = 0; i < actions.size() && i < 5; ++i) names.push_back(actions[i].action);
  if (actions.size() > 5) names.push_back(std::to_string(actions.size() - 5) + " more");
  const IamPrincipal& p = check.principal;
  std::string subject = p.kind == PrincipalKind::kDocument ? "this policy allows" : std::string(PrincipalKindName(p.kind)) + " " + p.name + " may use";
  Finding& f = check.Report(*where, subject + " " + what + " on every resource with no condition: " + JoinWithAnd(names));
  if (p.kind != PrincipalKind::kDocument) f.principal = p.ref();
  std::set<const Statement*> listed;
  for (const UnconstrainedAction& a : actions) {
    if (!listed.insert(a.grant->statement).second) continue;
    f.related.push_back({a.grant->Where(), "granted by " + a.grant->Describe()});
  }
  f.remediation.summary = advice;
}

}  // namespace slim
