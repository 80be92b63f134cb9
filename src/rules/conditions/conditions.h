// Conditions (SL7xxx).
// Each rule file defines one factory; list.cpp registers them, in code order.
#pragma once

#include <vector>

#include "core/rule.h"

namespace slim {

RulePtr MakeUnknownConditionOperator();
RulePtr MakeUnknownConditionKey();
RulePtr MakeConditionTypeMismatch();
RulePtr MakeConditionValueFormat();
RulePtr MakeNullWithIfExists();
RulePtr MakeNullWithQualifier();
RulePtr MakeDuplicateConditionKeyCase();
RulePtr MakeMixedConditionValueTypes();
RulePtr MakeWildcardWithoutLikeOperator();
RulePtr MakeEmptyConditionValues();
RulePtr MakePrivateIpCondition();
RulePtr MakeIpRangeHygiene();
RulePtr MakeRedundantNumericValues();
RulePtr MakeTagKeyMissing();
RulePtr MakeInvalidVpcId();
RulePtr MakeUnsupportedConditionKey();
RulePtr MakeVariableWithWrongOperator();
RulePtr MakeSetOperatorOnSingleValuedKey();
RulePtr MakeMultivaluedKeyWithoutQualifier();
RulePtr MakeMultipleBooleanValues();
RulePtr MakeInvalidRegionValue();
RulePtr MakeUnsupportedActionForConditionKey();
RulePtr MakeMissingPairedConditionKey();
RulePtr MakeMfaFalsePattern();
RulePtr MakeTagConditionUnsupportedByService();
RulePtr MakeAllowTagConditionUnsupportedByService();
RulePtr MakeArnKeyWithStringOperator();
RulePtr MakeDeprecatedConditionKey();

void AddConditionRules(std::vector<RulePtr>& rules);

}  // namespace slim
