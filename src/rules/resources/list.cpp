#include "rules/resources/resources.h"

namespace slim {

void AddResourceRules(std::vector<RulePtr>& rules) {
  for (auto make : std::initializer_list<RulePtr (*)()>{
           MakeResourceStarOnScopableActions,  // SL3006
           MakeResourceTypeMismatch,  // SL3008
           MakeArnRegionNotAllowed,  // SL3014
           MakeArnAccountNotAllowed,  // SL3015
           MakeInvalidArnResource,  // SL3016
           MakeInvalidPartition,  // SL3017
           MakeInvalidArnRegion,  // SL3018
           MakeRedundantAction,  // SL3019
           MakeRedundantResource,  // SL3020
           MakeRedundantStatement,  // SL3021
           MakeResourcePolicyServiceMismatch,  // SL3022
           MakeIrrelevantConditionKey,  // SL3023
           MakeResourceEffectivelyStar,  // SL3024
       }) {
    rules.push_back(make());
  }
}

}  // namespace slim
