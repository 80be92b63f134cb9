// Facts about federated and service principals, and the statements that trust them, shared by
// the federation and service-principal trust rules (SL2005, SL2006, SL2018-SL2025).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "model/document.h"
#include "rules/support/rule_util.h"

namespace slim {

enum class FederationKind { kSaml, kOidc };

// A "Federated" principal value that names an identity provider.
struct FederatedProvider {
  FederationKind kind = FederationKind::kOidc;
  // What its condition keys start with: "SAML" for a SAML provider; the host (and path) of an
  // oidc-provider ARN, or the domain of a built-in web identity provider.
  std::string key_prefix;
  bool web_identity_domain = false;  // accounts.google.com, ...: no IAM provider resource
};

// The provider a Federated value names: an arn:...:iam::<account>:saml-provider/ or
// oidc-provider/ ARN, or a built-in web identity domain. Anything else is SL2017's.
std::optional<FederatedProvider> ParseFederated(std::string_view value);

// True when an Allow statement grants sts:AssumeRole: through Action (a pattern that covers
// it), or through NotAction when no NotAction pattern excludes it.
bool GrantsAssumeRole(const Statement& statement);

// "sts:AssumeRoleWithSAML" or "sts:AssumeRoleWithWebIdentity".
std::string_view AssumeActionFor(FederationKind kind);

// GitHub Actions' OIDC issuer (token.actions.githubusercontent.com, or an enterprise's own
// token.actions.githubusercontent.com/<enterprise> issuer).
bool IsGitHubActionsIssuer(std::string_view key_prefix);

// True when `key` is `listed`, or starts with it when `listed` ends in '/' (case-insensitive).
bool KeyMatches(std::string_view key, std::string_view listed);
bool KeyInList(std::string_view key, const std::vector<std::string>& listed);

// A condition that holds only for requests whose key has one of the values: not a Not...
// operator and not Null (qualifiers and IfExists are allowed: the claims of identity
// providers and the keys of the request being authorized are always present).
bool IsPositiveClause(const ConditionClause& clause);

// Whether the clause holds for a request that lacks its key (Not..., IfExists and ForAllValues
// do; Null does when its value is "true"), or nothing when IAM does not know the operator.
std::optional<bool> HoldsWithoutKey(const Catalog& catalog, const ConditionClause& clause);

// True when the value is nothing but wildcards ("*", "?*").
bool OnlyWildcards(std::string_view value);

// True when a positive condition on `key` has a value that is more than wildcards.
bool ConditionNamesValue(const Statement& statement, std::string_view key);

// The values of the statement's "Service" principals.
std::vector<const JsonValue*> ServicePrincipals(const Statement& statement);

// True when every principal of the statement is a service principal.
bool OnlyServicePrincipals(const Statement& statement);

// The principal values of `statement` that no Allow statement of `policy` grants `action` to
// (a statement trusting "*" or {"AWS": "*"} grants it to everyone).
std::vector<const JsonValue*> PrincipalsLacking(const Policy& policy, const Statement& statement, std::string_view action);

// An edit that adds `actions` to the statement's Action element (a single string becomes an
// array; an array keeps its layout), or nothing when the statement uses NotAction or has no
// Action.
std::optional<DocumentEdit> AddActionsEdit(const PolicyDocument& document, const Statement& statement,
                                           const std::vector<std::string>& actions);

// An edit that removes one value from a principal entry's array, with the comma that
// separates it from its neighbour.
std::optional<DocumentEdit> RemoveArrayItemEdit(const JsonValue& array, const JsonValue& item);

}  // namespace slim
