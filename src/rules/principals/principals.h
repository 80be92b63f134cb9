// Principals and trust (SL2xxx).
// Each rule file defines one factory; list.cpp registers them, in code order.
#pragma once

#include <vector>

#include "core/rule.h"

namespace slim {

RulePtr MakePublicTrustPrincipal();
RulePtr MakeCrossAccountTrust();
RulePtr MakeCrossAccountWithoutExternalId();
RulePtr MakeServicePrincipalWithoutSource();
RulePtr MakeFederatedTrustWithoutAudienceOrSubject();
RulePtr MakeGithubOidcSubjectWildcard();
RulePtr MakeAllowWithNotPrincipal();
RulePtr MakePrincipalInIdentityPolicy();
RulePtr MakeInvalidPrincipal();
RulePtr MakeWildcardInPrincipal();
RulePtr MakeTrustPolicyResource();
RulePtr MakeTrustPolicyNotPrincipal();
RulePtr MakeTrustPolicyWildcardPrincipal();
RulePtr MakeMismatchedActionForPrincipal();
RulePtr MakeRolesAnywhereMissingAction();
RulePtr MakeFederatedPrincipalInResourcePolicy();
RulePtr MakeRedundantSessionPrincipal();
RulePtr MakeRecommendedConditionForServicePrincipal();
RulePtr MakeUnsupportedConditionKeyForServicePrincipal();
RulePtr MakeMissingActionForSessionKey();
RulePtr MakeConfirmAudienceClaimType();

RulePtr MakeUnknownServicePrincipal();
void AddPrincipalRules(std::vector<RulePtr>& rules);

}  // namespace slim
