#include "rules/principals/principals.h"

namespace slim {

void AddPrincipalRules(std::vector<RulePtr>& rules) {
  for (auto make : std::initializer_list<RulePtr (*)()>{
           MakePublicTrustPrincipal,  // SL2001
           MakeCrossAccountTrust,  // SL2002
           MakeCrossAccountWithoutExternalId,  // SL2003
           MakeServicePrincipalWithoutSource,  // SL2004
           MakeUnknownServicePrincipal,  // SL2007
           MakeAllowWithNotPrincipal,  // SL2008
           MakePrincipalInIdentityPolicy,  // SL2009
           MakeInvalidPrincipal,  // SL2010
           MakeWildcardInPrincipal,  // SL2011
           MakeTrustPolicyResource,  // SL2012
           MakeTrustPolicyNotPrincipal,  // SL2013
           MakeTrustPolicyWildcardPrincipal,  // SL2014
       }) {
    rules.push_back(make());
  }
}

}  // namespace slim
