// Rules about slim-lint's own configuration: suppressions and baselines (SL9xxx).
#pragma once

#include <vector>

#include "core/rule.h"

namespace slim {

RulePtr MakeUnusedSuppression();

void AddMetaRules(std::vector<RulePtr>& rules);

}  // namespace slim
