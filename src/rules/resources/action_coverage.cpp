#include "rules/resources/action_coverage.h"

#include <algorithm>
#include <unordered_set>

#include "catalog/catalog.h"
#include "rules/resources/glob_inclusion.h"
#include "util/strings.h"

namespace slim {

std::string_view ActionPrefixAsWritten(std::string_view action) {
  size_t colon = action.find(':');
  if (colon == std::string_view::npos || HasWildcard(action.substr(0, colon))) return {};
  return action.substr(0, colon);
}

std::string ActionPrefix(std::string_view action) { return ToLower(ActionPrefixAsWritten(action)); }

ActionValue ResolveActionValue(const DocumentCheck& check, const JsonValue& node) {
  ActionValue value{&node, ActionPrefix(node.text()), {}};
  std::string_view text = node.text();
  if (value.prefix.empty() || !check.catalog.FindService(value.prefix)) return value;
  value.actions = check.ExpandByAddress(text);
  return value;
}

std::vector<ActionValue> ResolveActionValues(const DocumentCheck& check, const StringListElement& element) {
  std::vector<ActionValue> out;
  out.reserve(element.values.size());
  for (const JsonValue* node : element.values) out.push_back(ResolveActionValue(check, *node));
  return out;
}

ActionCover CoverOf(const ActionValue& outer, const ActionValue& inner) {
  if (!outer.prefix.empty() && !inner.prefix.empty() && outer.prefix != inner.prefix) return ActionCover::kNone;
  if (GlobIncludes(inner.text(), outer.text(), true)) return ActionCover::kPattern;
  if (outer.resolved() && inner.resolved() &&
      std::includes(outer.actions.begin(), outer.actions.end(), inner.actions.begin(), inner.actions.end())) {
    return ActionCover::kCatalog;
  }
  return ActionCover::kNone;
}

bool ActionListCovers(const std::vector<ActionValue>& outer, const std::vector<ActionValue>& inner) {
  // Built only when some inner value has no single outer value covering it: most comparisons
  // end before that, and SL3021 compares every pair of statements.
  std::unordered_set<const ActionInfo*> named;
  bool named_built = false;
  for (const ActionValue& i : inner) {
    if (std::any_of(outer.begin(), outer.end(), [&](const ActionValue& o) { return CoverOf(o, i) != ActionCover::kNone; })) continue;
    if (!i.resolved()) return false;
    if (!named_built) {
      for (const ActionValue& o : outer) named.insert(o.actions.begin(), o.actions.end());
      named_built = true;
    }
    // Together, values may cover what none does alone ("sqs:ListQueues" and
    // "sqs:ListDeadLetterSourceQueues" cover "sqs:*Queues"); a value the catalog cannot expand
    // still counts through its pattern.
    for (const ActionInfo* action : i.actions) {
      if (named.contains(action)) continue;
      std::string name = action->FullName();
      if (std::none_of(outer.begin(), outer.end(), [&](const ActionValue& o) { return !o.resolved() && WildcardMatch(o.text(), name, true); })) {
        return false;
      }
    }
  }
  return true;
}

}  // namespace slim
