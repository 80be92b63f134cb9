// Facts the condition rules (SL7xxx) share: condition operators as IAM accepts them, what the
// catalog knows about a condition key, the formats of condition values, and which actions a
// condition key applies to.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "model/policy.h"

namespace slim::conditions {

// --- operators ---

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

// --- condition keys ---

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
  const GlobalConditionKeyInfo* global = nullptr;
  const ConditionKeyInfo* service = nullptr;
  std::vector<ConditionKeyType> types;  // every documented type; empty when unknown
  bool global_multivalued = false;      // the global table says multivalued

  bool has_types() const { return !types.empty(); }
  bool Allows(ConditionKeyType type) const;
  // Multivalued: every documented type is an ArrayOf* (pages that disagree are left undecided).
  bool Multivalued() const;
  // Single-valued: the types are known and none is an ArrayOf*.
  bool SingleValued() const;
};
KeyFacts LookUpKey(const Catalog& catalog, std::string_view key);

// The key's service prefix ("s3" for "s3:prefix"), or empty when it has none.
std::string_view KeyPrefix(std::string_view key);
bool IsGlobalPrefix(std::string_view key);  // "aws:", in any case

// True when an AWS managed policy uses the key (case-insensitive): it is real, whatever the
// catalog says.
bool UsedByManagedPolicy(const Catalog& catalog, std::string_view key);

// "aws:RequestTag" for "aws:RequestTag/${TagKey}": the part before a tag placeholder, when the
// catalog key is a per-tag template; empty otherwise.
std::string_view TagTemplateBase(std::string_view catalog_key);

// --- values ---

// A value as IAM compares it: the string, or the JSON literal of a number or boolean.
inline std::string_view ValueText(const JsonValue& value) { return value.text(); }
bool HasPolicyVariable(std::string_view value);
// Wildcards outside policy variables (so "${*}", the escape for a literal '*', does not count).
bool HasUnescapedWildcard(std::string_view value);

// An IPv4 or IPv6 address range as IAM reads it: CIDR notation, a bare address meaning one host.
struct IpRange {
  bool v6 = false;
  std::array<uint8_t, 16> bytes{};
  int prefix = 0;

  int bits() const { return v6 ? 128 : 32; }
  bool HostBitsSet() const;
  IpRange Network() const;  // host bits cleared
  std::string ToString() const;
  // The whole range lies in address space that never appears as a public source address:
  // RFC 1918, shared (100.64/10), loopback, link-local, IPv6 unique-local and link-local.
  bool IsPrivate() const;
};
std::optional<IpRange> ParseIpRange(std::string_view text);

bool IsNumber(std::string_view text);  // integer or decimal, optionally signed
bool IsBase64(std::string_view text);

// How a Date operator reads a value.
enum class DateForm {
  kIso,         // the W3C profile of ISO 8601
  kEpoch,       // seconds since 1970
  kMisleading,  // parses, but probably not as meant (epoch milliseconds, 20240131, no time zone, day 31 in a 30-day month)
  kInvalid,     // not a date at all
};
struct DateReading {
  DateForm form = DateForm::kInvalid;
  std::string explanation;  // for kMisleading: what IAM makes of it
};
DateReading ReadDate(std::string_view text);

// --- actions ---

// True when the action lists the key (exactly or through a template such as
// "aws:ResourceTag/${TagKey}"): at request level, for one of its resource types on its row, or
// on those resource types themselves.
bool ActionSupportsKey(const Catalog& catalog, const ActionInfo& action, std::string_view key);

// The actions an Action element names, patterns expanded; values the catalog cannot resolve are
// left out and counted.
struct ExpandedActions {
  struct Entry {
    const JsonValue* node;                 // the value as written
    std::vector<const ActionInfo*> actions;  // what it covers
    bool wildcard = false;
  };
  std::vector<Entry> entries;
  size_t unresolved = 0;
};
ExpandedActions ExpandActionElement(const Catalog& catalog, const StringListElement& element);

// --- reporting helpers ---

// "a, b, c and 4 more" from the first `shown` names.
std::string ListSome(const std::vector<std::string>& names, size_t shown = 3);

// The closest of `candidates` to `query` within an edit budget, or empty.
std::string Closest(std::string_view query, const std::vector<std::string_view>& candidates, size_t budget);

}  // namespace slim::conditions
