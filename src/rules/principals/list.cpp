#include "rules/principals/principals.h"

namespace slim {

void AddPrincipalRules(std::vector<RulePtr>& rules) {
  for (auto make : std::initializer_list<RulePtr (*)()>{
           MakePublicTrustPrincipal,  // SL2001
           MakeCrossAccountTrust,  // SL2002
           MakeCrossAccountWithoutExternalId,  // SL2003
           MakeServicePrincipalWithoutSource,  // SL2004
           MakeFederatedTrustWithoutAudienceOrSubject,  // SL2005
           MakeGithubOidcSubjectWildcard,  // SL2006
           MakeUnknownServicePrincipal,  // SL2007
           MakeAllowWithNotPrincipal,  // SL2008
           MakePrincipalInIdentityPolicy,  // SL2009
           MakeInvalidPrincipal,  // SL2010
           MakeWildcardInPrincipal,  // SL2011
           MakeTrustPolicyResource,  // SL2012
           MakeTrustPolicyNotPrincipal,  // SL2013
           MakeTrustPolicyWildcardPrincipal,  // SL2014
           MakeMismatchedActionForPrincipal,  // SL2018
           MakeRolesAnywhereMissingAction,  // SL2019
           MakeFederatedPrincipalInResourcePolicy,  // SL2020
           MakeRedundantSessionPrincipal,  // SL2021
           MakeRecommendedConditionForServicePrincipal,  // SL2022
           MakeUnsupportedConditionKeyForServicePrincipal,  // SL2023
           MakeMissingActionForSessionKey,  // SL2024
           MakeConfirmAudienceClaimType,  // SL2025
       }) {
    rules.push_back(make());
  }
}

}  // namespace slim
