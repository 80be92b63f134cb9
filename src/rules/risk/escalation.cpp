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

}  // namespace

std::vector<EscalationPath> FindEscalationPaths(const PermissionSet& permissions, const Catalog& catalog, std::string_view self_name) {
  std::vector<EscalationPath> matched;
  // Most principals lack some action of most methods: they are ruled out by service prefix
  // first (no catalog section of a service the principal has no action of is read), then by
  // a lookup per action, before any grant is weighed.
  std::vector<std::string_view> prefixes;  // of the allowed actions; the map orders them by prefix
  for (const auto& [action, grants] : permissions.allowed()) {
    if (prefixes.empty() || prefixes.back() != action->service_prefix) prefixes.push_back(action->service_prefix);
  }
  auto granted = [&](std::string_view action) {
    std::string_view prefix = action.substr(0, action.find(':'));
    return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return EqualsIgnoreCase(p, prefix); }) &&
           permissions.Find(action) != nullptr;
  };
  for (const PrivilegeEscalationMethod& method : catalog.Risk().privilege_escalation) {
    if (!std::all_of(method.actions_all_of.begin(), method.actions_all_of.end(), granted) ||
        !std::all_of(method.actions_any_of.begin(), method.actions_any_of.end(),
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
