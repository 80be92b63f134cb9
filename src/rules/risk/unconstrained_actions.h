// Shared by the SL6002-SL6004 rules: the actions of a list (or access level) that a principal
// may perform on every resource with no condition, and where each is granted.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/check.h"

namespace slim {

struct UnconstrainedAction {
  std::string action;
  const StatementGrant* grant;
};

std::vector<UnconstrainedAction> FindUnconstrained(const PrincipalCheck& check,
                                                   const std::function<bool(const ActionInfo&)>& wanted);

// Reports one finding for a principal listing the actions (at most a few by name) and every
// place that grants them.
void ReportUnconstrained(const PrincipalCheck& check, const std::vector<UnconstrainedAction>& actions,
                         const std::string& what, const std::string& advice);

}  // namespace slim
