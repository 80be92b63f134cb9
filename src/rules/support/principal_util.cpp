#include "rules/support/principal_util.h"

#include <algorithm>

#include "model/arn.h"
#include "util/strings.h"

namespace slim {

std::string_view AccountOfAwsPrincipal(std::string_view value) {
  if (IsAccountId(value)) return value;
  if (auto arn = ParseArn(value); arn && IsAccountId(arn->account)) return arn->account;
  return {};
}

namespace {

// Whether one condition value narrows the key to something less than "anything".
bool ValueNarrows(std::string_view key, const std::string& op, const JsonValue& value) {
  const std::string& text = value.text();  // strings, and numbers and booleans as written
  if (EqualsIgnoreCase(key, "aws:MultiFactorAuthPresent")) return op == "Bool" && text == "true";
  if (EqualsIgnoreCase(key, "aws:MultiFactorAuthAge")) return StartsWith(op, "NumericLessThan");
  if (text.empty() || text.find_first_not_of("*?") == std::string::npos) return false;
  // An ARN pattern with a wildcard account matches principals or sources in every account.
  if (auto arn = ParseArn(text); arn && HasWildcard(arn->account) && !IsAccountId(arn->account)) return false;
  return true;
}

}  // namespace

namespace {

template <typename Listed>
bool Restricting(const Statement& statement, Listed listed) {
  for (const ConditionClause& clause : statement.conditions) {
    const std::string& base = clause.op.base;
    // Negated operators, Null, and IfExists (true when the key is absent, as it is for anonymous
    // callers or long-term keys) never narrow who the caller is.
    if (base.find("Not") != std::string::npos || base == "Null" || clause.op.if_exists) continue;
    // ForAllValues is true when the key is absent.
    if (clause.op.qualifier == "ForAllValues") continue;
    if (!listed(clause.key_member->key)) continue;
    for (const JsonValue* value : clause.values) {
      if (!value->is_array() && !value->is_object() && ValueNarrows(clause.key_member->key, base, *value)) return true;
    }
  }
  return false;
}

}  // namespace

bool HasRestrictingCondition(const Statement& statement, const std::vector<std::string>& keys) {
  return Restricting(statement, [&](std::string_view key) {
    return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return EqualsIgnoreCase(key, k); });
  });
}

bool HasRestrictingCondition(const Statement& statement, std::string_view key) {
  return Restricting(statement, [&](std::string_view k) { return EqualsIgnoreCase(k, key); });
}

bool HasPublicPrincipal(const Statement& statement) {
  if (statement.principal.wildcard) return true;
  for (const PrincipalEntry* entry : statement.principal.EntriesFor("AWS")) {
    for (const JsonValue* value : entry->values) {
      if (value->text() == "*") return true;
    }
  }
  return false;
}

bool AllowsAssumeRole(const Statement& statement) {
  if (!statement.allows()) return false;
  for (const JsonValue* action : statement.action.values) {
    if (WildcardMatch(action->text(), "sts:AssumeRole", true) || StartsWithIgnoreCase(action->text(), "sts:AssumeRole")) {
      return true;
    }
  }
  return false;
}

}  // namespace slim
