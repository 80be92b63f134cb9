// The C++ rules, one factory per rule file. registry.cpp lists them once, in code order.
#pragma once

#include <vector>

#include "core/rule.h"

namespace slim {

RulePtr MakeAdminEquivalentPolicy();
RulePtr MakeAdministratorAccess();
RulePtr MakeAllowAllActions();
RulePtr MakeAllowWithNotAction();
RulePtr MakeAllowWithNotPrincipal();
RulePtr MakeByteOrderMark();
RulePtr MakeConflictingElements();
RulePtr MakeCreateSlrUnrestricted();
RulePtr MakeCrossAccountTrust();
RulePtr MakeCrossAccountWithoutExternalId();
RulePtr MakeDataTypeMismatch();
RulePtr MakeDeprecatedManagedPolicy();
RulePtr MakeDuplicateKey();
RulePtr MakeDuplicateSid();
RulePtr MakeDuplicateSidInOrganizationPolicy();
RulePtr MakeUnsupportedCharacter();
RulePtr MakeEmptyElement();
RulePtr MakeFullAccessGrant();
RulePtr MakeHardcodedAccountId();
RulePtr MakeInvalidEffect();
RulePtr MakeInvalidJson();
RulePtr MakeInvalidPrincipal();
RulePtr MakeInvalidSid();
RulePtr MakeInvalidVersion();
RulePtr MakeMalformedArn();
RulePtr MakeManagedPolicyQuota();
RulePtr MakeMissingAction();
RulePtr MakeMissingEffect();
RulePtr MakeMissingPolicyFile();
RulePtr MakeMissingPrincipal();
RulePtr MakeMissingResource();
RulePtr MakeMissingStatement();
RulePtr MakeMissingVersion();
RulePtr MakePassRoleUnrestricted();
RulePtr MakePlaceholderAccountId();
RulePtr MakePolicyVariablePlacement();
RulePtr MakePolicyVariableSyntax();
RulePtr MakePrincipalInIdentityPolicy();
RulePtr MakePublicTrustPrincipal();
RulePtr MakeServicePrincipalWithoutSource();
RulePtr MakeServiceWideWildcard();
RulePtr MakeTrustPolicyNotPrincipal();
RulePtr MakeTrustPolicyResource();
RulePtr MakeTrustPolicyWildcardPrincipal();
RulePtr MakeUnknownElement();
RulePtr MakeWildcardInPrincipal();

// Every C++ rule (pack rules are loaded separately).
std::vector<RulePtr> MakeBuiltinRules();

}  // namespace slim
