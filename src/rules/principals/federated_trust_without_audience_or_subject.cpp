// SL2005 federated-trust-without-audience-or-subject: a role trusts an identity provider without
// the conditions that say which of the provider's users may assume it. An OIDC provider (an
// oidc-provider ARN: GitHub Actions, an EKS cluster, GitLab, ...) issues tokens to every
// workload it serves, so without <host>:sub any of them can assume the role, and without
// <host>:aud any token issued for an audience registered with the provider will do. The
// built-in web identity providers are pinned by their application key (Cognito's identity pool
// in :aud, and :amr to keep out unauthenticated guests); SAML trust is pinned to the AWS
// sign-in endpoint with SAML:aud. Which keys each built-in provider needs is data
// (rules/packs/trust.json). A statement that does not allow the provider's AssumeRoleWith*
// action is SL2018's; wildcard values in a GitHub or GitLab subject are SL2006's.
#include "engine/check.h"
#include "rules/pack/pack_rules.h"
#include "rules/principals/principals.h"
#include "rules/principals/trust_support.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// The keys a provider's trust must pin, most important first.
std::vector<std::string> RequiredKeys(const FederatedProvider& provider) {
  if (provider.kind == FederationKind::kSaml) return {"SAML:aud"};
  if (!provider.web_identity_domain) return {provider.key_prefix + ":sub", provider.key_prefix + ":aud"};
  std::vector<std::string> keys;
  for (const std::string& key : PackList("web_identity_required_condition_keys")) {
    if (StartsWithIgnoreCase(key, provider.key_prefix + ":")) keys.push_back(key);
  }
  return keys;
}

std::string_view Claim(std::string_view key) { return key.substr(key.rfind(':') + 1); }

bool IsCognito(const FederatedProvider& provider) { return provider.key_prefix == "cognito-identity.amazonaws.com"; }

// What anyone can do because `key` is not pinned.
std::string Consequence(const FederatedProvider& provider, std::string_view key) {
  const std::string& host = provider.key_prefix;
  std::string_view claim = Claim(key);
  if (provider.kind == FederationKind::kSaml) {
    return "the role does not check that the SAML assertion was issued for the AWS sign-in endpoint (its Recipient)";
  }
  if (IsCognito(provider)) {
    return claim == "aud" ? "identities of any Amazon Cognito identity pool, not only yours, can assume this role"
                          : "unauthenticated (guest) identities of the identity pool can assume this role as well as signed-in ones";
  }
  if (provider.web_identity_domain) return "users of any application that signs in with " + host + " can assume this role";
  if (claim == "sub") {
    if (IsGitHubActionsIssuer(host)) return "a GitHub Actions workflow in any repository, of any owner, can assume this role";
    if (EqualsIgnoreCase(host, "gitlab.com")) return "a CI/CD job of any project on gitlab.com can assume this role";
    if (StartsWithIgnoreCase(host, "oidc.eks.")) return "a pod running under any service account of the EKS cluster can assume this role";
    return "every identity that " + host + " issues tokens for can assume this role";
  }
  return "a token " + host + " issued for any audience registered with the provider in IAM is accepted";
}

// An example value for each key, for the remediation.
std::string ExampleValue(const FederatedProvider& provider, std::string_view key) {
  std::string_view claim = Claim(key);
  const std::string& host = provider.key_prefix;
  if (provider.kind == FederationKind::kSaml) return "https://signin.aws.amazon.com/saml";
  if (IsCognito(provider)) return claim == "aud" ? "<identity-pool-id>" : "authenticated";
  if (provider.web_identity_domain) return "<app-id>";
  bool github = IsGitHubActionsIssuer(host);
  bool eks = StartsWithIgnoreCase(host, "oidc.eks.");
  if (claim == "aud") return github || eks ? "sts.amazonaws.com" : "<client-id>";
  if (github) return "repo:<owner>/<repository>:ref:refs/heads/<branch>";
  if (eks) return "system:serviceaccount:<namespace>:<service-account>";
  if (EqualsIgnoreCase(host, "gitlab.com")) return "project_path:<group>/<project>:ref_type:branch:ref:<branch>";
  return "<subject>";
}

std::string ExampleCondition(const FederatedProvider& provider, const std::vector<std::string>& missing) {
  std::string equals, any_value;
  for (const std::string& key : missing) {
    std::string pair = "\"" + key + "\": \"" + ExampleValue(provider, key) + "\"";
    // Cognito's amr is multivalued ("authenticated" and the login provider).
    std::string& block = IsCognito(provider) && Claim(key) == "amr" ? any_value : equals;
    block += (block.empty() ? "" : ", ") + pair;
  }
  std::string condition;
  if (!equals.empty()) condition += "\"StringEquals\": {" + equals + "}";
  if (!any_value.empty()) condition += std::string(condition.empty() ? "" : ", ") + "\"ForAnyValue:StringLike\": {" + any_value + "}";
  return condition;
}

std::string Label(const FederatedProvider& provider, std::string_view value) {
  if (provider.kind == FederationKind::kSaml) return "SAML provider " + std::string(value);
  if (provider.web_identity_domain) return "web identity provider " + provider.key_prefix;
  return "OIDC provider " + provider.key_prefix;
}

// "the sub and aud claims" of an oidc-provider ARN, whose keys repeat its long host; the keys
// themselves for the others.
std::string Pinned(const FederatedProvider& provider, const std::vector<std::string>& missing) {
  if (provider.kind == FederationKind::kSaml || provider.web_identity_domain) return JoinWithAnd(missing);
  std::vector<std::string> claims;
  for (const std::string& key : missing) claims.emplace_back(Claim(key));
  return "its " + JoinWithAnd(claims) + (claims.size() > 1 ? " claims" : " claim");
}

bool HasAnyProviderKey(const Statement& s, const FederatedProvider& provider) {
  for (const ConditionClause& clause : s.conditions) {
    if (StartsWithIgnoreCase(clause.key_member->key, provider.key_prefix + ":")) return true;
  }
  return false;
}

class FederatedTrustWithoutAudienceOrSubject final : public Rule {
 public:
  FederatedTrustWithoutAudienceOrSubject()
      : Rule({"SL2005", "federated-trust-without-audience-or-subject", Severity::kSecurity,
              "OIDC trust without <provider>:aud and <provider>:sub conditions; SAML trust without SAML:aud",
              {"MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL", "MISSING_GITHUB_REPO_CONDITION_KEY"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kTrust) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows()) continue;
      for (const PrincipalEntry* entry : s.principal.EntriesFor("Federated")) {
        for (const JsonValue* value : entry->values) {
          std::optional<FederatedProvider> provider = ParseFederated(value->text());
          if (!provider || FindActionGrant(s, AssumeActionFor(provider->kind)).coverage == ActionCoverage::kNone) continue;
          std::vector<std::string> missing;
          for (const std::string& key : RequiredKeys(*provider)) {
            if (!ConditionNamesValue(s, key)) missing.push_back(key);
          }
          if (missing.empty()) continue;
          Finding& f = check.Report(*value, Label(*provider, value->text()) + " is trusted with no condition that pins " +
                                                Pinned(*provider, missing) + ": " + Consequence(*provider, missing.front()));
          if (provider->kind == FederationKind::kOidc) {
            bool no_sub = Claim(missing.front()) == "sub";
            if (IsGitHubActionsIssuer(provider->key_prefix) && no_sub) {
              f.aws_issue_code = "MISSING_GITHUB_REPO_CONDITION_KEY";
            } else if (!HasAnyProviderKey(s, *provider)) {
              f.aws_issue_code = "MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL";
            }
          }
          f.remediation.summary = "add to the statement's \"Condition\", with your own values: " + ExampleCondition(*provider, missing);
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeFederatedTrustWithoutAudienceOrSubject() { return std::make_unique<FederatedTrustWithoutAudienceOrSubject>(); }

}  // namespace slim
