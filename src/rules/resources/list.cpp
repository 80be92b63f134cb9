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
       }) {
    rules.push_back(make());
  }
}

}  // namespace slim
