#include "rules/meta/meta.h"

namespace slim {

void AddMetaRules(std::vector<RulePtr>& rules) {
  for (auto make : std::initializer_list<RulePtr (*)()>{
           MakeUnusedSuppression,  // SL9001
       }) {
    rules.push_back(make());
  }
}

}  // namespace slim
