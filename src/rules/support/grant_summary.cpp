#include "rules/support/grant_summary.h"

#include <algorithm>
#include <set>

#include "util/strings.h"

namespace slim {
namespace {

std::string Names(const std::vector<const ActionInfo*>& actions, size_t limit) {
  std::vector<std::string> names;
  for (size_t i = 0; i < actions.size() && i < limit; ++i) names.push_back(actions[i]->FullName());
  if (actions.size() > limit) names.push_back(std::to_string(actions.size() - limit) + " more");
  return Join(names, ", ");
}

template <typename List>
bool InList(const List& list, const ActionInfo& action) {
  std::string full = action.FullName();
  for (const auto& item : list) {
    if (EqualsIgnoreCase(item, full)) return true;
  }
  return false;
}

}  // namespace

std::string DescribeGrant(const std::vector<const ActionInfo*>& actions, const Catalog& catalog) {
  std::set<std::string_view> services;
  std::vector<const ActionInfo*> permissions, credentials, pass_role;
  const RiskData& risk = catalog.Risk();
  for (const ActionInfo* a : actions) {
    services.insert(a->service_prefix);
    if (a->access_level == AccessLevel::kPermissionsManagement) permissions.push_back(a);
    if (InList(risk.credentials_exposure_actions, *a)) credentials.push_back(a);
    if (a->FullName() == "iam:PassRole") pass_role.push_back(a);
  }
  std::string text = Plural(actions.size(), "action");
  if (services.size() <= 4) {
    std::vector<std::string> list(services.begin(), services.end());
    text += " in " + JoinWithAnd(list);
  } else {
    text += " in " + std::to_string(services.size()) + " services";
  }
  std::vector<std::string> sensitive;
  if (!permissions.empty()) {
    sensitive.push_back(Plural(permissions.size(), "permissions-management action") + " (" + Names(permissions, 3) + ")");
  }
  if (!pass_role.empty()) sensitive.push_back("iam:PassRole");
  if (!credentials.empty()) sensitive.push_back("actions that return credentials (" + Names(credentials, 3) + ")");
  if (!sensitive.empty()) text += ", including " + JoinWithAnd(sensitive);
  return text;
}

}  // namespace slim
