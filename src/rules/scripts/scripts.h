// The role model across files: scripts, attachments, references (SL8xxx).
// Each rule file defines one factory; list.cpp registers them, in code order.
#pragma once

#include <vector>

#include "core/rule.h"

namespace slim {

RulePtr MakeMissingPolicyFile();
RulePtr MakeManagedPolicyQuota();

RulePtr MakePolicySizeQuota();
void AddScriptRules(std::vector<RulePtr>& rules);

}  // namespace slim
