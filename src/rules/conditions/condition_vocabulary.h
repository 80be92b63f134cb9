// Condition operators as IAM accepts them and what the catalog knows about a condition key:
// where it comes from, its types, and whether an operator family suits it.
#pragma once

#include <string_view>
#include <vector>

#include "catalog/catalog.h"

namespace slim::conditions {

// A condition operator as written ("ForAnyValue:StringLikeIfExists"). IAM matches operator names
// case-sensitively ("stringEquals" is rejected), so only the exact spelling resolves.
struct ResolvedOperator {
  const ConditionOperatorInfo* info = nullptr;  // null: IAM rejects the operator
  std::string_view qualifier;                   // "ForAllValues", "ForAnyValue" or empty

  bool known() const { return info != nullptr; }
  ConditionOperatorFamily family() const { return info ? info->family : ConditionOperatorFamily::kUnknown; }
  bool for_all_values() const { return qualifier == "ForAllValues"; }
  bool for_any_value() const { return qualifier == "ForAnyValue"; }
  bool if_exists() const { return info && info->if_exists; }
  bool negated() const { return info && info->negated; }
  bool accepts_wildcards() const { return info && info->accepts_wildcards; }
  // What the operator yields for a request that lacks the key (not meaningful for Null):
  // ForAllValues and ...IfExists are true, ForAnyValue is false, otherwise negated operators
  // are true and positive ones false.
  bool TrueWhenKeyAbsent() const;
};
ResolvedOperator ResolveOperator(const Catalog& catalog, std::string_view written);

enum class KeyOrigin {
  kGlobal,            // a global key (aws:*, or a cross-service session key such as ec2:SourceInstanceArn)
  kService,           // a service key the catalog lists
  kIdentityProvider,  // an OIDC or SAML claim ("accounts.google.com:aud", "<host>/id/X:sub", "SAML:aud")
  kUncatalogued,      // real but unknown to the catalog: a service the catalog lacks, or used by AWS managed policies
  kUnknownGlobal,     // an aws:* key that does not exist
  kUnknownService,    // the catalog knows the service but not the key
  kMalformed,         // not of the form prefix:name
};

struct KeyFacts {
  KeyOrigin origin = KeyOrigin::kMalformed;
  const GlobalConditionKeyInfo* global = nullptr;  // set for global keys
  std::vector<ConditionKeyType> types;  // every documented type; empty when unknown
  bool global_multivalued = false;      // the global table says multivalued

  bool has_types() const { return !types.empty(); }
  // Multivalued: every documented type is an ArrayOf* (pages that disagree are left undecided).
  bool Multivalued() const;
  // Single-valued: the types are known and none is an ArrayOf*.
  bool SingleValued() const;
};
KeyFacts LookUpKey(const Catalog& catalog, std::string_view key);

// The key's service prefix ("s3" for "s3:prefix"), or empty when it has none.
std::string_view KeyPrefix(std::string_view key);
bool IsGlobalPrefix(std::string_view key);  // "aws:", in any case

// "aws:RequestTag" for "aws:RequestTag/${TagKey}": the part before a tag placeholder, when the
// catalog key is a per-tag template; empty otherwise.
std::string_view TagTemplateBase(std::string_view catalog_key);

// The per-tag key template that `key` lacks the tag key of ("aws:ResourceTag/${TagKey}" for
// "aws:ResourceTag" or "aws:ResourceTag/"), or empty.
std::string_view MissingTagKeyTemplate(const Catalog& catalog, std::string_view key);

// How an operator family suits a key's documented types.
enum class TypeFit {
  kFits,         // the family compares the key's type
  kStringOnArn,  // a String operator on an ARN key: works, but Arn operators are meant for it
  kArnOnString,  // an Arn operator on a String key: works when the key's values are ARNs
  kMismatch,     // the family compares another type
  kUnknown,      // the key's type or the operator is unknown
};
TypeFit FitOf(ConditionOperatorFamily family, const KeyFacts& facts);
// The operator family that compares a key type ("Numeric" for kNumeric).
ConditionOperatorFamily FamilyFor(ConditionKeyType type);

// Tag keys whose presence depends on the service: aws:RequestTag/<key>, aws:ResourceTag/<key>
// and aws:TagKeys (aws:PrincipalTag is about the caller and always present when the tag is).
bool IsServiceDependentTagKey(std::string_view key);

}  // namespace slim::conditions
