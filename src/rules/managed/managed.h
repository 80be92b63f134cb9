// AWS managed policies and FullAccess grants (SL5xxx).
// Each rule file defines one factory; list.cpp registers them, in code order.
#pragma once

#include <vector>

#include "core/rule.h"

namespace slim {

RulePtr MakeAdministratorAccess();
RulePtr MakeAdminEquivalentPolicy();
RulePtr MakeFullAccessGrant();
RulePtr MakeDeprecatedManagedPolicy();

RulePtr MakeUnknownManagedPolicy();
void AddManagedPolicyRules(std::vector<RulePtr>& rules);

}  // namespace slim
