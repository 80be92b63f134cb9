#include "rules/grammar/grammar.h"

namespace slim {

void AddGrammarRules(std::vector<RulePtr>& rules) {
  for (auto make : std::initializer_list<RulePtr (*)()>{
           MakeInvalidJson,  // SL1001
           MakeDuplicateKey,  // SL1002
           MakeByteOrderMark,  // SL1003
           MakeInvalidVersion,  // SL1004
           MakeMissingVersion,  // SL1005
           MakeMissingStatement,  // SL1006
           MakeMissingEffect,  // SL1007
           MakeInvalidEffect,  // SL1008
           MakeMissingAction,  // SL1009
           MakeMissingResource,  // SL1010
           MakeMissingPrincipal,  // SL1011
           MakeUnknownElement,  // SL1012
           MakeConflictingElements,  // SL1013
           MakeDataTypeMismatch,  // SL1014
           MakeInvalidSid,  // SL1015
           MakeDuplicateSid,  // SL1016
           MakeEmptyElement,  // SL1017
           MakePolicyVariableSyntax,  // SL1018
           MakePolicyVariablePlacement,  // SL1019
           MakeUnsupportedCharacter,  // SL1020
           MakeDuplicateSidInOrganizationPolicy,  // SL1021
           MakeScpLegacySyntax,  // SL1022
       }) {
    rules.push_back(make());
  }
}

}  // namespace slim
