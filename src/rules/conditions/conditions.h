// Conditions (SL7xxx).
// Each rule file defines one factory; list.cpp registers them, in code order.
#pragma once

#include <vector>

#include "core/rule.h"

namespace slim {



void AddConditionRules(std::vector<RulePtr>& rules);

}  // namespace slim
