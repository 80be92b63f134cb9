#include "rules/accounts/accounts.h"

namespace slim {

void AddAccountRules(std::vector<RulePtr>& rules) {
  for (auto make : std::initializer_list<RulePtr (*)()>{
           MakeHardcodedAccountId,  // SL4001
           MakePlaceholderAccountId,  // SL4002
       }) {
    rules.push_back(make());
  }
}

}  // namespace slim
