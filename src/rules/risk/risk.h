// Risk over a principal's whole permission set (SL6xxx).
// Each rule file defines one factory; list.cpp registers them, in code order.
#pragma once

#include <vector>

#include "core/rule.h"

namespace slim {



RulePtr MakePrivilegeEscalation();
RulePtr MakeDataExfiltration();
RulePtr MakeCredentialsExposure();
RulePtr MakeResourceExposure();
RulePtr MakeInfrastructureModification();
RulePtr MakeComputeRoleEscalation();

void AddRiskRules(std::vector<RulePtr>& rules);

}  // namespace slim
