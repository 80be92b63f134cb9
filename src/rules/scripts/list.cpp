#include "rules/scripts/scripts.h"

namespace slim {

void AddScriptRules(std::vector<RulePtr>& rules) {
  for (auto make : std::initializer_list<RulePtr (*)()>{
           MakeMissingPolicyFile,  // SL8001
           MakeManagedPolicyQuota,  // SL8002
           MakePolicySizeQuota,  // SL8003
       }) {
    rules.push_back(make());
  }
}

}  // namespace slim
