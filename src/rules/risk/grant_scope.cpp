#include "rules/risk/grant_scope.h"

#include <algorithm>

#include "rules/pack/pack_rules.h"
#include "rules/resources/action_resources.h"
#include "rules/resources/arn_patterns.h"
#include "util/strings.h"

namespace slim {
namespace {

bool IsContextKey(std::string_view key) {
  const auto& context = PackList("risk_request_context_condition_keys");
  return std::any_of(context.begin(), context.end(), [&](const std::string& k) { return EqualsIgnoreCase(k, key); });
}

// Whether a positive iam:PassedToService clause lets the role go to one of `targets`.
bool PassesToTarget(const ConditionClause& clause, const std::vector<std::string>& targets) {
  if (clause.op.base.find("Not") != std::string::npos || clause.op.if_exists) return true;
  for (const JsonValue* value : clause.values) {
    for (const std::string& target : targets) {
      if (WildcardMatch(value->text(), target, true)) return true;
    }
  }
  return false;
}

// The text with policy variables (and the ${*} ${?} ${$} escapes) taken out.
std::string WithoutVariables(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '{') {
      size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        i = close;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

bool NamesSelf(std::string_view resource, std::string_view self_name) {
  std::string lower = ToLower(resource);
  if (lower.find("${aws:username}") != std::string::npos || lower.find("${aws:userid}") != std::string::npos) return true;
  if (self_name.empty()) return false;
  size_t slash = resource.rfind('/');
  return slash != std::string_view::npos && EqualsIgnoreCase(resource.substr(slash + 1), self_name);
}

// Whether a policy ARN can name a resource of one of the formats.
bool FitsAny(const ArnFields& arn, const ActionResources& resources) {
  if (resources.unknown_format) return true;
  std::string service = PolicyFieldGlob(arn.service()), resource = PolicyFieldGlob(arn.resource());
  return std::any_of(resources.formats.begin(), resources.formats.end(), [&](const ArnFormat* format) {
    return GlobsIntersect(service, format->service) && GlobsIntersect(resource, format->resource_glob);
  });
}

}  // namespace

bool HasNarrowingCondition(const Statement& statement, std::string_view action, const std::vector<std::string>& pass_targets) {
  for (const ConditionClause& clause : statement.conditions) {
    if (!clause.key_member) continue;
    std::string_view key = clause.key_member->key;
    if (IsContextKey(key)) continue;
    if (EqualsIgnoreCase(key, "iam:PassedToService") && EqualsIgnoreCase(action, "iam:PassRole") && PassesToTarget(clause, pass_targets)) {
      continue;
    }
    return true;
  }
  // A Condition block that did not parse into clauses is read as narrowing.
  return statement.condition && statement.conditions.empty() && statement.condition->value.is_object() &&
         !statement.condition->value.members().empty();
}

bool IsUnconstrained(const StatementGrant& grant) {
  if (!grant.on_every_resource) return false;
  for (const ConditionClause& clause : grant.statement->conditions) {
    if (!clause.key_member || !IsContextKey(clause.key_member->key)) return false;
  }
  const Statement& s = *grant.statement;
  return !(s.condition && s.conditions.empty() && s.condition->value.is_object() && !s.condition->value.members().empty());
}

ResourceReach ReachOf(const Statement& statement, const ActionInfo& action, const Catalog& catalog, std::string_view self_name) {
  if (statement.not_resource.present()) return ResourceReach::kBroad;
  const ActionResources& resources = ResourcesOf(catalog, action);
  ResourceReach widest = ResourceReach::kNone;
  for (const JsonValue* value : statement.resource.values) {
    const std::string& text = value->text();
    if (text == "*") return ResourceReach::kBroad;
    // An action with no resource types is authorized on "*" only.
    if (resources.star_only()) continue;
    std::optional<ArnFields> arn = SplitArn(text);
    if (!arn || !FitsAny(*arn, resources)) continue;
    std::string name = WithoutVariables(arn->resource());
    ResourceReach reach = FindAnyOf(name, "*?") != std::string::npos ? ResourceReach::kBroad
                          : NamesSelf(arn->resource(), self_name)       ? ResourceReach::kSelf
                                                                        : ResourceReach::kSpecific;
    widest = std::max(widest, reach);
  }
  return widest;
}

}  // namespace slim
