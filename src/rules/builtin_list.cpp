// The explicit list of C++ rules (no static self-registration, so no linker tricks are needed
// and the list reads as a table). Keep it sorted by code.
#include "rules/builtin_rules.h"

namespace slim {

std::vector<RulePtr> MakeBuiltinRules() {
  std::vector<RulePtr> rules;
  for (auto make : {
           MakeInvalidJson,                    // SL1001
           MakeDuplicateKey,                   // SL1002
           MakeByteOrderMark,                  // SL1003
           MakeInvalidVersion,                 // SL1004
           MakeMissingVersion,                 // SL1005
           MakeMissingStatement,               // SL1006
           MakeMissingEffect,                  // SL1007
           MakeInvalidEffect,                  // SL1008
           MakeMissingAction,                  // SL1009
           MakeMissingResource,                // SL1010
           MakeMissingPrincipal,               // SL1011
           MakeUnknownElement,                 // SL1012
           MakeConflictingElements,            // SL1013
           MakeDataTypeMismatch,               // SL1014
           MakeInvalidSid,                     // SL1015
           MakeDuplicateSid,                   // SL1016
           MakeEmptyElement,                   // SL1017
           MakePolicyVariableSyntax,           // SL1018
           MakePolicyVariablePlacement,        // SL1019
           MakeUnsupportedCharacter,           // SL1020
           MakeDuplicateSidInOrganizationPolicy,  // SL1021
           MakePublicTrustPrincipal,           // SL2001
           MakeCrossAccountTrust,              // SL2002
           MakeCrossAccountWithoutExternalId,  // SL2003
           MakeServicePrincipalWithoutSource,  // SL2004
           MakeAllowWithNotPrincipal,          // SL2008
           MakePrincipalInIdentityPolicy,      // SL2009
           MakeInvalidPrincipal,               // SL2010
           MakeWildcardInPrincipal,            // SL2011
           MakeTrustPolicyResource,            // SL2012
           MakeTrustPolicyNotPrincipal,        // SL2013
           MakeTrustPolicyWildcardPrincipal,   // SL2014
           MakeAllowAllActions,                // SL3003
           MakeServiceWideWildcard,            // SL3004
           MakeAllowWithNotAction,             // SL3005
           MakePassRoleUnrestricted,           // SL3007
           MakeMalformedArn,                   // SL3010
           MakeCreateSlrUnrestricted,          // SL3011
           MakeHardcodedAccountId,             // SL4001
           MakePlaceholderAccountId,           // SL4002
           MakeAdministratorAccess,            // SL5001
           MakeAdminEquivalentPolicy,          // SL5002
           MakeFullAccessGrant,                // SL5003
           MakeDeprecatedManagedPolicy,        // SL5004
           MakeMissingPolicyFile,              // SL8001
           MakeManagedPolicyQuota,             // SL8002
       }) {
    rules.push_back(make());
  }
  return rules;
}

}  // namespace slim
