#include "rules/conditions/action_keys.h"

#include <map>

#include "util/strings.h"

namespace slim::conditions {

bool ActionSupportsKey(const Catalog& catalog, const ActionInfo& action, std::string_view key) {
  auto listed = [&](const catalog_text::DelimitedList& keys) {
    for (std::string_view k : keys) {
      if (catalog_text::KeyTemplateMatches(k, key)) return true;
    }
    return false;
  };
  if (listed(action.condition_keys())) return true;
  const ServiceInfo* service = catalog.FindService(action.service_prefix);
  for (const ActionResourceType& type : action.resource_types()) {
    if (listed(type.condition_keys)) return true;
    if (const ResourceTypeInfo* info = service ? service->FindResourceType(type.name) : nullptr; info && listed(info->condition_keys)) {
      return true;
    }
  }
  return false;
}

ExpandedActions ExpandActionElement(const Catalog& catalog, const StringListElement& element) {
  ExpandedActions out;
  for (const JsonValue* value : element.values) {
    ExpandedActions::Entry entry{value, {}};
    if (HasWildcard(value->text())) {
      entry.actions = catalog.ExpandAction(value->text());
    } else if (const ActionInfo* action = catalog.FindAction(value->text())) {
      entry.actions.push_back(action);
    }
    if (!entry.actions.empty()) out.entries.push_back(std::move(entry));
  }
  return out;
}

std::vector<std::string> ServicesWithoutKey(const Catalog& catalog, const Statement& statement, std::string_view key) {
  std::vector<std::string> services;
  if (statement.action.present()) {
    std::map<std::string_view, bool> supported;  // by prefix; ordered for stable output
    for (const auto& entry : ExpandActionElement(catalog, statement.action).entries) {
      for (const ActionInfo* action : entry.actions) {
        bool& any = supported[action->service_prefix];
        any = any || ActionSupportsKey(catalog, *action, key);
      }
    }
    for (const auto& [prefix, any] : supported) {
      if (!any) services.emplace_back(prefix);
    }
    return services;
  }
  if (!statement.not_action.present()) return services;
  auto excluded = [&](const ActionInfo& action) {
    std::string name = action.FullName();
    for (const JsonValue* pattern : statement.not_action.values) {
      if (WildcardMatch(pattern->text(), name, true)) return true;
    }
    return false;
  };
  for (std::string_view prefix : catalog.ServicePrefixes()) {
    const ServiceInfo* service = catalog.FindService(prefix);
    if (!service) continue;
    bool covered = false, any = false;
    for (const ActionInfo& action : service->actions) {
      if (excluded(action)) continue;
      covered = true;
      if ((any = ActionSupportsKey(catalog, action, key))) break;
    }
    if (covered && !any) services.emplace_back(prefix);
  }
  return services;
}

}  // namespace slim::conditions
