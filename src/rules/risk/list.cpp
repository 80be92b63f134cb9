#include "rules/risk/risk.h"

namespace slim {

void AddRiskRules(std::vector<RulePtr>& rules) {
  for (auto make : std::initializer_list<RulePtr (*)()>{
           MakePrivilegeEscalation,  // SL6001
           MakeDataExfiltration,  // SL6002
           MakeCredentialsExposure,  // SL6003
           MakeResourceExposure,  // SL6004
           MakeInfrastructureModification,  // SL6005
           MakeComputeRoleEscalation,  // SL6006
       }) {
    rules.push_back(make());
  }
}

}  // namespace slim
