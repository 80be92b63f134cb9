#include "rules/principals/trust_support.h"

#include <algorithm>
#include <utility>

#include "model/arn.h"
#include "remediation/json_edit.h"
#include "rules/conditions/condition_vocabulary.h"
#include "rules/pack/pack_rules.h"
#include "util/strings.h"

namespace slim {

std::optional<FederatedProvider> ParseFederated(std::string_view value) {
  if (auto arn = ParseArn(value); arn && arn->service == "iam") {
    for (auto [prefix, kind] : {std::pair{std::string_view("saml-provider/"), FederationKind::kSaml},
                                std::pair{std::string_view("oidc-provider/"), FederationKind::kOidc}}) {
      if (!StartsWith(arn->resource, prefix) || arn->resource.size() == prefix.size()) continue;
      std::string key_prefix = kind == FederationKind::kSaml ? "SAML" : std::string(arn->resource.substr(prefix.size()));
      return FederatedProvider{kind, std::move(key_prefix), false};
    }
    return std::nullopt;
  }
  for (const std::string& domain : PackList("web_identity_provider_domains")) {
    if (EqualsIgnoreCase(domain, value)) return FederatedProvider{FederationKind::kOidc, domain, true};
  }
  return std::nullopt;
}

bool GrantsAssumeRole(const Statement& statement) {
  if (!statement.allows()) return false;
  if (statement.not_action.present()) {
    return std::none_of(statement.not_action.values.begin(), statement.not_action.values.end(),
                        [](const JsonValue* v) { return WildcardMatch(v->text(), "sts:AssumeRole", true); });
  }
  return std::any_of(statement.action.values.begin(), statement.action.values.end(),
                     [](const JsonValue* v) { return WildcardMatch(v->text(), "sts:AssumeRole", true); });
}

std::string_view AssumeActionFor(FederationKind kind) {
  return kind == FederationKind::kSaml ? "sts:AssumeRoleWithSAML" : "sts:AssumeRoleWithWebIdentity";
}

bool IsGitHubActionsIssuer(std::string_view key_prefix) {
  constexpr std::string_view kIssuer = "token.actions.githubusercontent.com";
  return EqualsIgnoreCase(key_prefix, kIssuer) ||
         (StartsWithIgnoreCase(key_prefix, kIssuer) && key_prefix.size() > kIssuer.size() && key_prefix[kIssuer.size()] == '/');
}

bool KeyMatches(std::string_view key, std::string_view listed) {
  if (EndsWith(listed, "/")) return StartsWithIgnoreCase(key, listed) && key.size() > listed.size();
  return EqualsIgnoreCase(key, listed);
}

bool KeyInList(std::string_view key, const std::vector<std::string>& listed) {
  return std::any_of(listed.begin(), listed.end(), [&](const std::string& l) { return KeyMatches(key, l); });
}

bool IsPositiveClause(const ConditionClause& clause) {
  const std::string& base = clause.op.base;
  return base.find("Not") == std::string::npos && base != "Null";
}

std::optional<bool> HoldsWithoutKey(const Catalog& catalog, const ConditionClause& clause) {
  conditions::ResolvedOperator op = conditions::ResolveOperator(catalog, clause.operator_member->key);
  if (!op.known()) return std::nullopt;
  if (op.family() == ConditionOperatorFamily::kNull) {
    if (clause.values.empty()) return std::nullopt;
    return clause.values.front()->text() == "true";
  }
  return op.TrueWhenKeyAbsent();
}

bool OnlyWildcards(std::string_view value) { return !value.empty() && value.find_first_not_of("*?") == std::string_view::npos; }

bool ConditionNamesValue(const Statement& statement, std::string_view key) {
  for (const ConditionClause& clause : statement.conditions) {
    if (!IsPositiveClause(clause) || !EqualsIgnoreCase(clause.key_member->key, key)) continue;
    for (const JsonValue* value : clause.values) {
      if (value->is_string() && !value->text().empty() && !OnlyWildcards(value->text())) return true;
    }
  }
  return false;
}

std::vector<const JsonValue*> ServicePrincipals(const Statement& statement) {
  std::vector<const JsonValue*> out;
  for (const PrincipalEntry* entry : statement.principal.EntriesFor("Service")) {
    out.insert(out.end(), entry->values.begin(), entry->values.end());
  }
  return out;
}

bool OnlyServicePrincipals(const Statement& statement) {
  const PrincipalElement& p = statement.principal;
  if (!p.present() || p.wildcard || p.entries.empty()) return false;
  return std::all_of(p.entries.begin(), p.entries.end(), [](const PrincipalEntry& e) { return e.member->key == "Service"; });
}

namespace {

bool TrustsEveryone(const Statement& s) {
  if (s.principal.wildcard) return true;
  for (const PrincipalEntry* entry : s.principal.EntriesFor("AWS")) {
    for (const JsonValue* value : entry->values) {
      if (value->text() == "*") return true;
    }
  }
  return false;
}

bool Lists(const Statement& s, std::string_view key, std::string_view value) {
  for (const PrincipalEntry* entry : s.principal.EntriesFor(key)) {
    for (const JsonValue* v : entry->values) {
      if (v->text() == value) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<const JsonValue*> PrincipalsLacking(const Policy& policy, const Statement& statement, std::string_view action) {
  std::vector<const Statement*> granting;
  for (const Statement& s : policy.statements) {
    if (s.allows() && FindActionGrant(s, action).coverage != ActionCoverage::kNone) granting.push_back(&s);
  }
  std::vector<const JsonValue*> lacking;
  for (const PrincipalEntry& entry : statement.principal.entries) {
    for (const JsonValue* value : entry.values) {
      bool granted = std::any_of(granting.begin(), granting.end(), [&](const Statement* s) {
        return TrustsEveryone(*s) || Lists(*s, entry.member->key, value->text());
      });
      if (!granted) lacking.push_back(value);
    }
  }
  return lacking;
}

std::optional<DocumentEdit> AddActionsEdit(const PolicyDocument& document, const Statement& statement,
                                           const std::vector<std::string>& actions) {
  if (!statement.action.present() || actions.empty()) return std::nullopt;
  const JsonValue& value = statement.action.member->value;
  if (value.is_string()) {
    std::string items = JsonQuote(value.text());
    for (const std::string& action : actions) items += ", " + JsonQuote(action);
    return DocumentEdit{value.span(), "[" + items + "]"};
  }
  if (!value.is_array() || value.items().empty()) return std::nullopt;
  // New items are written the way the array separates its items: on one line, or one per line.
  std::string_view text = document.source.text();
  const std::vector<JsonValue>& items = value.items();
  uint32_t gap_begin = items.size() > 1 ? items[items.size() - 2].span().end : value.span().begin + 1;
  std::string_view gap = text.substr(gap_begin, items.back().span().begin - gap_begin);
  size_t newline = gap.rfind('\n');
  std::string separator = newline == std::string_view::npos ? ", " : ",\n" + std::string(gap.substr(newline + 1));
  std::string added;
  for (const std::string& action : actions) added += separator + JsonQuote(action);
  uint32_t end = items.back().span().end;
  return DocumentEdit{ByteSpan{end, end}, added};
}

std::optional<DocumentEdit> RemoveArrayItemEdit(const JsonValue& array, const JsonValue& item) {
  const std::vector<JsonValue>& items = array.items();
  if (items.size() < 2) return std::nullopt;
  for (size_t i = 0; i < items.size(); ++i) {
    if (&items[i] != &item) continue;
    // Up to the next item keeps the layout of what follows; the last item takes the comma
    // before it instead.
    ByteSpan span = i + 1 < items.size() ? ByteSpan{items[i].span().begin, items[i + 1].span().begin}
                                         : ByteSpan{items[i - 1].span().end, items[i].span().end};
    return DocumentEdit{span, ""};
  }
  return std::nullopt;
}

}  // namespace slim
