// Resources checked against the AWS catalog's resource types and ARN formats (SL3006, SL3008,
// SL3014-SL3018). Each rule file defines one factory; list.cpp registers them, in code order.
#pragma once

#include <vector>

#include "core/rule.h"

namespace slim {

RulePtr MakeResourceStarOnScopableActions();
RulePtr MakeResourceTypeMismatch();
RulePtr MakeArnRegionNotAllowed();
RulePtr MakeArnAccountNotAllowed();
RulePtr MakeInvalidArnResource();
RulePtr MakeInvalidPartition();
RulePtr MakeInvalidArnRegion();

void AddResourceRules(std::vector<RulePtr>& rules);

}  // namespace slim
