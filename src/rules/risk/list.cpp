#include "rules/risk/risk.h"

namespace slim {

void AddRiskRules(std::vector<RulePtr>&) {}

}  // namespace slim
