// Resources checked against the AWS catalog's resource types and ARN formats (SL3006, SL3008,
// SL3014-SL3018, SL3022-SL3024), and values and statements that others already cover
// (SL3019-SL3021). Each rule file defines one factory; list.cpp registers them, in code order.
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
RulePtr MakeRedundantAction();
RulePtr MakeRedundantResource();
RulePtr MakeRedundantStatement();
RulePtr MakeResourcePolicyServiceMismatch();
RulePtr MakeIrrelevantConditionKey();
RulePtr MakeResourceEffectivelyStar();

void AddResourceRules(std::vector<RulePtr>& rules);

}  // namespace slim
