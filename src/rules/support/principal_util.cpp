#include "rules/support/principal_util.h"

#include "model/arn.h"
#include "util/strings.h"

namespace slim {

std::string_view AccountOfAwsPrincipal(std::string_view value) {
  if (IsAccountId(value)) return value;
  if (auto arn = ParseArn(value); arn && IsAccountId(arn->account)) return arn->account;
  return {};
}

bool HasRestrictingCondition(const Statement& statement, const std::vector<std::string>& keys) {
  for (const ConditionClause& clause : statement.conditions) {
    const std::string& base = clause.op.base;
    if (base.find("Not") != std::string::npos || base == "Null") continue;
    bool listed = false;
    for (const std::string& key : keys) listed |= EqualsIgnoreCase(clause.key_member->key, key);
    if (!listed) continue;
    for (const JsonValue* value : clause.values) {
      if (value->is_string() && value->text() != "*" && !value->text().empty()) return true;
    }
  }
  return false;
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
