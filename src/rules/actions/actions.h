// Actions and resources (SL3xxx).
// Each rule file defines one factory; list.cpp registers them, in code order.
#pragma once

#include <vector>

#include "core/rule.h"

namespace slim {

RulePtr MakeAllowAllActions();
RulePtr MakeServiceWideWildcard();
RulePtr MakeAllowWithNotAction();
RulePtr MakePassRoleUnrestricted();
RulePtr MakeMalformedArn();
RulePtr MakeCreateSlrUnrestricted();

RulePtr MakeUnknownService();
RulePtr MakeUnknownAction();
RulePtr MakeRemovedAction();
RulePtr MakeUncataloguedAction();

void AddActionRules(std::vector<RulePtr>& rules);

}  // namespace slim
