#include "rules/managed/managed.h"

namespace slim {

void AddManagedPolicyRules(std::vector<RulePtr>& rules) {
  for (auto make : std::initializer_list<RulePtr (*)()>{
           MakeAdministratorAccess,  // SL5001
           MakeAdminEquivalentPolicy,  // SL5002
           MakeFullAccessGrant,  // SL5003
           MakeDeprecatedManagedPolicy,  // SL5004
           MakeUnknownManagedPolicy,  // SL5005
       }) {
    rules.push_back(make());
  }
}

}  // namespace slim
