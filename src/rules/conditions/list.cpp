#include "rules/conditions/conditions.h"

namespace slim {

void AddConditionRules(std::vector<RulePtr>& rules) {
  for (auto make : std::initializer_list<RulePtr (*)()>{
           MakeUnknownConditionOperator,  // SL7001
           MakeUnknownConditionKey,  // SL7002
           MakeConditionTypeMismatch,  // SL7003
           MakeConditionValueFormat,  // SL7004
           MakeNullWithIfExists,  // SL7005
           MakeNullWithQualifier,  // SL7006
           MakeDuplicateConditionKeyCase,  // SL7007
           MakeMixedConditionValueTypes,  // SL7008
           MakeWildcardWithoutLikeOperator,  // SL7009
           MakeEmptyConditionValues,  // SL7010
           MakePrivateIpCondition,  // SL7011
           MakeIpRangeHygiene,  // SL7012
           MakeRedundantNumericValues,  // SL7013
           MakeTagKeyMissing,  // SL7014
           MakeInvalidVpcId,  // SL7015
           MakeUnsupportedConditionKey,  // SL7016
           MakeVariableWithWrongOperator,  // SL7017
           MakeSetOperatorOnSingleValuedKey,  // SL7018
           MakeMultivaluedKeyWithoutQualifier,  // SL7019
           MakeMultipleBooleanValues,  // SL7020
           MakeInvalidRegionValue,  // SL7021
           MakeUnsupportedActionForConditionKey,  // SL7022
           MakeMissingPairedConditionKey,  // SL7023
           MakeMfaFalsePattern,  // SL7024
           MakeTagConditionUnsupportedByService,  // SL7025
           MakeAllowTagConditionUnsupportedByService,  // SL7026
           MakeArnKeyWithStringOperator,  // SL7027
           MakeDeprecatedConditionKey,  // SL7028
       }) {
    rules.push_back(make());
  }
}

}  // namespace slim
