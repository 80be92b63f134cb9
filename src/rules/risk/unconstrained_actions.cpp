#include "rules/risk/unconstrained_actions.h"

#include <algorithm>
#include <map>
#include <set>

#include "rules/risk/grant_scope.h"
#include "util/strings.h"

namespace slim {
namespace {

constexpr size_t kNamedActions = 5;

// "on every resource", or what a NotResource leaves out when every grant uses the same one.
std::string Reach(const std::vector<UnconstrainedAction>& actions) {
  std::set<const Statement*> statements;
  for (const UnconstrainedAction& a : actions) statements.insert(a.grant->statement);
  bool all_not_resource = std::all_of(statements.begin(), statements.end(), [](const Statement* s) { return s->not_resource.present(); });
  if (!all_not_resource) return "on every resource";
  if (statements.size() > 1) return "on every resource except the ones their NotResource excludes";
  std::vector<std::string> excluded;
  for (const JsonValue* v : (*statements.begin())->not_resource.values) excluded.push_back(v->text());
  return "on every resource except " + JoinWithAnd(excluded);
}

}  // namespace

std::vector<UnconstrainedAction> FindUnconstrained(const PrincipalCheck& check,
                                                   const std::function<bool(const ActionInfo&)>& wanted) {
  std::vector<UnconstrainedAction> out;
  const PermissionSet& permissions = check.permissions();
  if (permissions.administrator()) return out;  // SL5001/SL5002 speak for it
  for (const auto& [action, grants] : permissions.allowed()) {
    if (!wanted(*action)) continue;
    // Prefer a grant on Resource "*" over one with NotResource: it is the wider of the two.
    const StatementGrant* chosen = nullptr;
    for (const StatementGrant& grant : grants) {
      if (!IsUnconstrained(grant) || grant.grant->designed_for_service) continue;
      if (!chosen || (chosen->statement->not_resource.present() && !grant.statement->not_resource.present())) chosen = &grant;
    }
    if (chosen) out.push_back({action->FullName(), chosen});
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
  // "and N more" only stands for two or more: a single remaining action is named instead.
  std::vector<std::string> names;
  size_t named = actions.size() <= kNamedActions + 1 ? actions.size() : kNamedActions;
  for (size_t i = 0; i < named; ++i) names.push_back(actions[i].action);
  if (named < actions.size()) names.push_back(std::to_string(actions.size() - named) + " more");
  bool any_condition = std::any_of(actions.begin(), actions.end(), [](const UnconstrainedAction& a) { return a.grant->statement->condition != nullptr; });
  const IamPrincipal& p = check.principal;
  std::string subject = p.kind == PrincipalKind::kDocument ? "this policy allows" : std::string(PrincipalKindName(p.kind)) + " " + p.name + " may use";
  Finding& f = check.Report(*where, subject + " " + what + " " + Reach(actions) +
                                        (any_condition ? " with no condition that limits what they reach: " : " with no condition: ") +
                                        JoinWithAnd(names));
  if (p.kind != PrincipalKind::kDocument) f.principal = p.ref();
  std::set<const Statement*> listed;
  for (const UnconstrainedAction& a : actions) {
    if (!listed.insert(a.grant->statement).second) continue;
    f.related.push_back({a.grant->Where(), "granted by " + a.grant->Describe()});
  }
  f.remediation.summary = advice;
}

}  // namespace slim
