#include "rules/risk/escalation.h"

#include <algorithm>
#include <map>
#include <set>

#include "rules/pack/pack_rules.h"
#include "rules/risk/grant_scope.h"
#include "util/strings.h"

namespace slim {
namespace {

// The service principals a method hands a passed role to: those of the service that consumes
// the role (its first action outside IAM and STS). Most are <prefix>.amazonaws.com; the pack
// lists the others (ECS task roles go to ecs-tasks.amazonaws.com).
std::vector<std::string> TargetServices(const PrivilegeEscalationMethod& method) {
  std::vector<std::string_view> actions(method.actions_all_of.begin(), method.actions_all_of.end());
  for (const auto& group : method.actions_any_of) actions.insert(actions.end(), group.begin(), group.end());
  for (std::string_view action : actions) {
    std::string_view prefix = action.substr(0, action.find(':'));
    if (prefix == "iam" || prefix == "sts") continue;
    std::vector<std::string> services;
    for (const std::string& entry : PackList("pass_role_target_services")) {
      size_t eq = entry.find('=');
      if (eq != std::string::npos && entry.substr(0, eq) == prefix) services.push_back(entry.substr(eq + 1));
    }
    if (services.empty()) services.push_back(std::string(prefix) + ".amazonaws.com");
    return services;
  }
  return {};
}

// Whether a grant lets the method's attack work: no condition narrows it, and its resources
// reach many resources of the action's type (or, for changing one's own policies, itself).
bool Exploitable(const StatementGrant& grant, const ActionInfo& action, const PrivilegeEscalationMethod& method,
                 const std::vector<std::string>& services, const Catalog& catalog, std::string_view self_name) {
  std::string name = action.FullName();
  if (HasNarrowingCondition(*grant.statement, name, services)) return false;
  ResourceReach reach = ReachOf(*grant.statement, action, catalog, self_name);
  return reach == ResourceReach::kBroad || (reach == ResourceReach::kSelf && method.category == "self-escalation");
}

// The statements allowing `action` in a way the method can use.
std::vector<const StatementGrant*> Allowing(const PermissionSet& permissions, std::string_view action, const PrivilegeEscalationMethod& method,
                                            const std::vector<std::string>& services, const Catalog& catalog, std::string_view self_name) {
  std::vector<const StatementGrant*> out;
  const std::vector<StatementGrant>* grants = permissions.Find(action);
  const ActionInfo* info = catalog.FindAction(action);
  if (!grants || !info) return out;
  for (const StatementGrant& grant : *grants) {
    if (Exploitable(grant, *info, method, services, catalog, self_name)) out.push_back(&grant);
  }
  return out;
}

// For each step, the grant from the policy that covers the most steps, so a path that one
// policy opens is reported as that policy's.
void PreferOnePolicy(std::vector<std::pair<std::string, std::vector<const StatementGrant*>>>& options,
                     std::vector<EscalationStep>& steps) {
  std::map<const PolicyGrant*, size_t> coverage;
  for (const auto& [action, grants] : options) {
    std::set<const PolicyGrant*> policies;
    for (const StatementGrant* g : grants) policies.insert(g->grant);
    for (const PolicyGrant* p : policies) ++coverage[p];
  }
  for (const auto& [action, grants] : options) {
    const StatementGrant* best = grants.front();
    for (const StatementGrant* g : grants) {
      if (coverage[g->grant] > coverage[best->grant]) best = g;
    }
    steps.push_back({action, best});
  }
}

// A method's actions as the catalog's entries (null for a name the catalog lacks), resolved
// once per thread and catalog: every principal is tested against every method.
struct ResolvedMethod {
  std::vector<const ActionInfo*> all_of;
  std::vector<std::vector<const ActionInfo*>> any_of;
};

const std::vector<ResolvedMethod>& ResolvedMethods(const Catalog& catalog) {
  thread_local uint64_t resolved_for = 0;
  thread_local std::vector<ResolvedMethod> resolved;
  if (resolved_for != catalog.id()) {
    resolved.clear();
    for (const PrivilegeEscalationMethod& method : catalog.Risk().privilege_escalation) {
      ResolvedMethod& r = resolved.emplace_back();
      for (std::string_view action : method.actions_all_of) r.all_of.push_back(catalog.FindAction(action));
      for (const auto& group : method.actions_any_of) {
        auto& actions = r.any_of.emplace_back();
        for (std::string_view action : group) actions.push_back(catalog.FindAction(action));
      }
    }
    resolved_for = catalog.id();
  }
  return resolved;
}

}  // namespace

std::vector<EscalationPath> FindEscalationPaths(const PermissionSet& permissions, const Catalog& catalog, std::string_view self_name) {
  std::vector<EscalationPath> matched;
  auto granted = [&](const ActionInfo* action) { return permissions.Find(action) != nullptr; };
  const std::vector<PrivilegeEscalationMethod>& methods = catalog.Risk().privilege_escalation;
  const std::vector<ResolvedMethod>& resolved = ResolvedMethods(catalog);
  for (size_t m = 0; m < methods.size(); ++m) {
    const PrivilegeEscalationMethod& method = methods[m];
    // Most principals lack some action of most methods: rule those out before weighing grants.
    if (!std::all_of(resolved[m].all_of.begin(), resolved[m].all_of.end(), granted) ||
        !std::all_of(resolved[m].any_of.begin(), resolved[m].any_of.end(),
                     [&](const auto& group) { return std::any_of(group.begin(), group.end(), granted); })) {
      continue;
    }
    std::vector<std::string> services = TargetServices(method);
    std::vector<std::pair<std::string, std::vector<const StatementGrant*>>> options;
    bool complete = true;
    for (std::string_view action : method.actions_all_of) {
      auto grants = Allowing(permissions, action, method, services, catalog, self_name);
      if (grants.empty()) {
        complete = false;
        break;
      }
      options.push_back({std::string(action), std::move(grants)});
    }
    for (size_t g = 0; complete && g < method.actions_any_of.size(); ++g) {
      bool found = false;
      for (std::string_view action : method.actions_any_of[g]) {
        auto grants = Allowing(permissions, action, method, services, catalog, self_name);
        if (grants.empty()) continue;
        options.push_back({std::string(action), std::move(grants)});
        found = true;
        break;
      }
      complete = found;
    }
    if (!complete) continue;
    EscalationPath path{&method, {}};
    PreferOnePolicy(options, path.steps);
    // A path that only policies AWS wrote for a service's own role open is that service's design.
    bool chosen_by_user = std::any_of(options.begin(), options.end(), [](const auto& option) {
      return std::any_of(option.second.begin(), option.second.end(), [](const StatementGrant* g) { return !g->grant->designed_for_service; });
    });
    if (chosen_by_user) matched.push_back(std::move(path));
  }
  // A method whose actions are a strict subset of another match adds nothing to it.
  std::set<std::string_view> implied;
  for (const EscalationPath& path : matched) {
    for (std::string_view id : path.method->also_matches) implied.insert(id);
  }
  std::vector<EscalationPath> out;
  std::set<std::string_view> seen_action_sets;
  for (EscalationPath& path : matched) {
    if (implied.contains(path.method->id)) continue;
    // Methods with identical action sets are one path for the user.
    bool duplicate = false;
    for (std::string_view same : path.method->same_actions_as) duplicate |= seen_action_sets.contains(same);
    seen_action_sets.insert(path.method->id);
    if (!duplicate) out.push_back(std::move(path));
  }
  return out;
}

}  // namespace slim
