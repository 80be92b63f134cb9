#include "rules/risk/escalation.h"

#include <algorithm>
#include <map>
#include <set>

#include "util/strings.h"

namespace slim {
namespace {

// The service principals a method passes a role to: the services of its other actions.
std::vector<std::string> TargetServices(const PrivilegeEscalationMethod& method) {
  std::vector<std::string> services;
  auto add = [&](std::string_view action) {
    std::string_view prefix = action.substr(0, action.find(':'));
    if (prefix != "iam" && prefix != "sts") services.push_back(std::string(prefix) + ".amazonaws.com");
  };
  for (std::string_view a : method.actions_all_of) add(a);
  for (const auto& group : method.actions_any_of) {
    for (std::string_view a : group) add(a);
  }
  return services;
}

// Whether a statement allowing iam:PassRole lets the role go to one of `services`.
bool PassesTo(const Statement& statement, const std::vector<std::string>& services) {
  if (services.empty()) return true;
  bool restricted = false;
  for (const ConditionClause& clause : statement.conditions) {
    if (!EqualsIgnoreCase(clause.key_member->key, "iam:PassedToService")) continue;
    if (clause.op.base.find("Not") != std::string::npos || clause.op.if_exists) continue;
    restricted = true;
    for (const JsonValue* value : clause.values) {
      for (const std::string& service : services) {
        if (WildcardMatch(value->text(), service, true)) return true;
      }
    }
  }
  return !restricted;
}

// The statements allowing `action` (for iam:PassRole, only those that let the role reach the
// method's services).
std::vector<const StatementGrant*> Allowing(const PermissionSet& permissions, std::string_view action,
                                            const std::vector<std::string>& services) {
  std::vector<const StatementGrant*> out;
  const std::vector<StatementGrant>* grants = permissions.Find(action);
  if (!grants) return out;
  for (const StatementGrant& grant : *grants) {
    if (!EqualsIgnoreCase(action, "iam:PassRole") || PassesTo(*grant.statement, services)) out.push_back(&grant);
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

std::vector<EscalationPath> FindEscalationPaths(const PermissionSet& permissions, const Catalog& catalog) {
  std::vector<EscalationPath> matched;
  for (const PrivilegeEscalationMethod& method : catalog.Risk().privilege_escalation) {
    std::vector<std::string> services = TargetServices(method);
    std::vector<std::pair<std::string, std::vector<const StatementGrant*>>> options;
    bool complete = true;
    for (std::string_view action : method.actions_all_of) {
      auto grants = Allowing(permissions, action, services);
      if (grants.empty()) {
        complete = false;
        break;
      }
      options.push_back({std::string(action), std::move(grants)});
    }
    for (size_t g = 0; complete && g < method.actions_any_of.size(); ++g) {
      bool found = false;
      for (std::string_view action : method.actions_any_of[g]) {
        auto grants = Allowing(permissions, action, services);
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
