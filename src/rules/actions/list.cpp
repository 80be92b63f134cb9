#include "rules/actions/actions.h"

namespace slim {

void AddActionRules(std::vector<RulePtr>& rules) {
  for (auto make : std::initializer_list<RulePtr (*)()>{
           MakeAllowAllActions,  // SL3003
           MakeServiceWideWildcard,  // SL3004
           MakeAllowWithNotAction,  // SL3005
           MakePassRoleUnrestricted,  // SL3007
           MakeMalformedArn,  // SL3010
           MakeCreateSlrUnrestricted,  // SL3011
       }) {
    rules.push_back(make());
  }
}

}  // namespace slim
