#include "rules/actions/actions.h"

namespace slim {

void AddActionRules(std::vector<RulePtr>& rules) {
  for (auto make : std::initializer_list<RulePtr (*)()>{
           MakeUnknownService,  // SL3001
           MakeUnknownAction,  // SL3002
           MakeAllowAllActions,  // SL3003
           MakeServiceWideWildcard,  // SL3004
           MakeAllowWithNotAction,  // SL3005
           MakePassRoleUnrestricted,  // SL3007
           MakeMalformedArn,  // SL3010
           MakeCreateSlrUnrestricted,  // SL3011
           MakeRemovedAction,  // SL3012
           MakeUncataloguedAction,  // SL3013
       }) {
    rules.push_back(make());
  }
}

}  // namespace slim
