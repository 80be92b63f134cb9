#include "rules/conditions/conditions.h"

namespace slim {

void AddConditionRules(std::vector<RulePtr>&) {}

}  // namespace slim
