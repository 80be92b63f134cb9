// Document grammar: JSON, elements, Version, Sid, policy variables (SL1xxx).
// Each rule file defines one factory; list.cpp registers them, in code order.
#pragma once

#include <vector>

#include "core/rule.h"

namespace slim {

RulePtr MakeInvalidJson();
RulePtr MakeDuplicateKey();
RulePtr MakeByteOrderMark();
RulePtr MakeInvalidVersion();
RulePtr MakeMissingVersion();
RulePtr MakeMissingStatement();
RulePtr MakeMissingEffect();
RulePtr MakeInvalidEffect();
RulePtr MakeMissingAction();
RulePtr MakeMissingResource();
RulePtr MakeMissingPrincipal();
RulePtr MakeUnknownElement();
RulePtr MakeConflictingElements();
RulePtr MakeDataTypeMismatch();
RulePtr MakeInvalidSid();
RulePtr MakeDuplicateSid();
RulePtr MakeEmptyElement();
RulePtr MakePolicyVariableSyntax();
RulePtr MakePolicyVariablePlacement();
RulePtr MakeUnsupportedCharacter();
RulePtr MakeDuplicateSidInOrganizationPolicy();

RulePtr MakeScpLegacySyntax();
void AddGrammarRules(std::vector<RulePtr>& rules);

}  // namespace slim
