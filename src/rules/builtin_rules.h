// Every C++ rule (pack rules are loaded separately by rules/pack/pack_rules.h).
#pragma once

#include <vector>

#include "core/rule.h"

namespace slim {

std::vector<RulePtr> MakeBuiltinRules();

}  // namespace slim
