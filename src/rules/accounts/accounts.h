// Account IDs, partitions and regions (SL4xxx).
// Each rule file defines one factory; list.cpp registers them, in code order.
#pragma once

#include <vector>

#include "core/rule.h"

namespace slim {

RulePtr MakeHardcodedAccountId();
RulePtr MakePlaceholderAccountId();

void AddAccountRules(std::vector<RulePtr>& rules);

}  // namespace slim
