#include "rules/conditions/condition_vocabulary.h"

#include "rules/conditions/managed_evidence.h"
#include "util/string_memo.h"
#include "util/strings.h"

namespace slim::conditions {
namespace {

std::vector<ConditionKeyType> TypesOf(const catalog_text::DelimitedList& names) {
  std::vector<ConditionKeyType> types;
  for (std::string_view name : names) {
    ConditionKeyType t = ParseConditionKeyType(name);
    if (t != ConditionKeyType::kUnknown) types.push_back(t);
  }
  return types;
}

}  // namespace

bool ResolvedOperator::TrueWhenKeyAbsent() const {
  if (for_all_values()) return true;
  if (for_any_value()) return false;
  return if_exists() || negated();
}

ResolvedOperator ResolveOperator(const Catalog& catalog, std::string_view written) {
  ResolvedOperator resolved;
  std::string_view base = written;
  if (size_t colon = written.find(':'); colon != std::string_view::npos) {
    std::string_view qualifier = written.substr(0, colon);
    if (qualifier != "ForAllValues" && qualifier != "ForAnyValue") return resolved;
    resolved.qualifier = qualifier;
    base = written.substr(colon + 1);
  }
  const ConditionOperatorInfo* info = catalog.FindConditionOperator(base);
  if (info && info->name == base && info->family != ConditionOperatorFamily::kSetOperator) resolved.info = info;
  return resolved;
}

bool KeyFacts::Multivalued() const {
  if (global) return global_multivalued;
  if (types.empty()) return false;
  for (ConditionKeyType t : types) {
    if (!IsArrayType(t)) return false;
  }
  return true;
}

bool KeyFacts::SingleValued() const {
  if (global) return !global_multivalued && !types.empty();
  if (types.empty()) return false;
  for (ConditionKeyType t : types) {
    if (IsArrayType(t)) return false;
  }
  return true;
}

std::string_view KeyPrefix(std::string_view key) {
  size_t colon = key.find(':');
  return colon == std::string_view::npos ? std::string_view() : key.substr(0, colon);
}

bool IsGlobalPrefix(std::string_view key) { return EqualsIgnoreCase(KeyPrefix(key), "aws"); }

KeyFacts LookUpKey(const Catalog& catalog, std::string_view key) {
  KeyFacts facts;
  size_t colon = key.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == key.size()) return facts;
  std::string_view prefix = key.substr(0, colon);
  if (const GlobalConditionKeyInfo* global = catalog.FindGlobalConditionKey(key)) {
    facts.origin = KeyOrigin::kGlobal;
    facts.global = global;
    facts.types = TypesOf(global->types);
    facts.global_multivalued = global->multivalued;
    return facts;
  }
  const ConditionKeyInfo* service = catalog.FindServiceConditionKey(key);
  if (service) facts.types = TypesOf(service->types);
  if (EqualsIgnoreCase(prefix, "aws")) {
    facts.origin = service                               ? KeyOrigin::kGlobal
                   : UsedByManagedPolicy(catalog, key) ? KeyOrigin::kUncatalogued
                                                         : KeyOrigin::kUnknownGlobal;
    return facts;
  }
  // OIDC providers are named by host (and path), SAML claims by "saml:"; the claims a provider
  // sends are its own business, so they are never unknown, and whether one is multivalued
  // depends on the provider (cognito-identity.amazonaws.com:amr is, though listed as String).
  if (FindAnyOf(prefix, "./") != std::string_view::npos || EqualsIgnoreCase(prefix, "saml")) {
    facts.origin = KeyOrigin::kIdentityProvider;
    facts.types.clear();
    return facts;
  }
  if (service) {
    facts.origin = KeyOrigin::kService;
  } else if (!catalog.FindService(prefix) || UsedByManagedPolicy(catalog, key)) {
    facts.origin = KeyOrigin::kUncatalogued;
  } else {
    facts.origin = KeyOrigin::kUnknownService;
  }
  return facts;
}

std::string_view TagTemplateBase(std::string_view catalog_key) {
  for (std::string_view marker : {"/${", "/<"}) {
    if (size_t at = catalog_key.find(marker); at != std::string_view::npos) return catalog_key.substr(0, at);
  }
  return {};
}

namespace {

std::string_view FindMissingTagKeyTemplate(const Catalog& catalog, std::string_view key) {
  // Some services define the bare key too (ec2:Attribute beside ec2:Attribute/${AttributeName}).
  if (const ConditionKeyInfo* known = catalog.FindServiceConditionKey(key); known && !known->templated) return {};
  std::string_view bare = EndsWith(key, "/") ? key.substr(0, key.size() - 1) : key;
  auto lacks_tag = [&](std::string_view catalog_key) {
    std::string_view base = TagTemplateBase(catalog_key);
    return !base.empty() && EqualsIgnoreCase(base, bare);
  };
  for (const GlobalConditionKeyInfo& global : catalog.GlobalConditionKeys()) {
    if (lacks_tag(global.name)) return global.name;
  }
  if (const ServiceInfo* service = catalog.FindService(KeyPrefix(key))) {
    for (const ConditionKeyInfo& info : service->condition_keys) {
      if (lacks_tag(info.name)) return info.name;
    }
  }
  return {};
}

}  // namespace

// The search reads every global key and every key of the service; policies use the same few
// keys everywhere, so each thread remembers its answers (views of catalog text) per catalog.
std::string_view MissingTagKeyTemplate(const Catalog& catalog, std::string_view key) {
  thread_local StringMemo<std::string_view> memo(16384);
  return memo.Get(catalog.id(), key, [&] { return FindMissingTagKeyTemplate(catalog, key); });
}

ConditionOperatorFamily FamilyFor(ConditionKeyType type) {
  switch (ElementType(type)) {
    case ConditionKeyType::kString: return ConditionOperatorFamily::kString;
    case ConditionKeyType::kArn: return ConditionOperatorFamily::kArn;
    case ConditionKeyType::kBool: return ConditionOperatorFamily::kBool;
    case ConditionKeyType::kNumeric: return ConditionOperatorFamily::kNumeric;
    case ConditionKeyType::kDate: return ConditionOperatorFamily::kDate;
    case ConditionKeyType::kIpAddress: return ConditionOperatorFamily::kIpAddress;
    case ConditionKeyType::kBinary: return ConditionOperatorFamily::kBinary;
    default: return ConditionOperatorFamily::kUnknown;
  }
}

TypeFit FitOf(ConditionOperatorFamily family, const KeyFacts& facts) {
  if (family == ConditionOperatorFamily::kUnknown || family == ConditionOperatorFamily::kSetOperator ||
      !facts.has_types()) {
    return TypeFit::kUnknown;
  }
  if (family == ConditionOperatorFamily::kNull) return TypeFit::kFits;
  bool on_arn = false, on_string = false;
  for (ConditionKeyType type : facts.types) {
    if (FamilyFor(type) == family) return TypeFit::kFits;
    on_arn = on_arn || FamilyFor(type) == ConditionOperatorFamily::kArn;
    on_string = on_string || FamilyFor(type) == ConditionOperatorFamily::kString;
  }
  if (family == ConditionOperatorFamily::kString && on_arn) return TypeFit::kStringOnArn;
  if (family == ConditionOperatorFamily::kArn && on_string) return TypeFit::kArnOnString;
  return TypeFit::kMismatch;
}

bool IsServiceDependentTagKey(std::string_view key) {
  return StartsWithIgnoreCase(key, "aws:RequestTag/") || StartsWithIgnoreCase(key, "aws:ResourceTag/") ||
         EqualsIgnoreCase(key, "aws:TagKeys");
}

}  // namespace slim::conditions
