// Which actions an Action or NotAction value names, and whether one value (or list) names every
// action another does: for SL3019 (within one list) and SL3021 (between statements). The
// catalog decides exactly for the actions it knows; names it does not know fall back to
// wildcard inclusion, which also holds for actions AWS adds later.
#pragma once

#include <string>
#include <span>
#include <vector>

#include "engine/check.h"

namespace slim {

struct ActionValue {
  const JsonValue* node = nullptr;
  std::string prefix;  // the service prefix in lower case; empty when it holds a wildcard
  // What the catalog expands the value to, sorted by address; empty when it cannot say: "*", a
  // wildcard in the service prefix (expanding those reads every service), or a name it lacks.
  // A view of the document check's memo, which outlives the rule's run.
  std::span<const ActionInfo* const> actions;

  const std::string& text() const { return node->text(); }
  bool resolved() const { return !actions.empty(); }
};

// The service prefix of an action value as written; empty when there is none or it holds a
// wildcard. ActionPrefix is the same in lower case.
std::string_view ActionPrefixAsWritten(std::string_view action);
std::string ActionPrefix(std::string_view action);
ActionValue ResolveActionValue(const DocumentCheck& check, const JsonValue& node);
std::vector<ActionValue> ResolveActionValues(const DocumentCheck& check, const StringListElement& element);

enum class ActionCover {
  kNone,
  kCatalog,  // every action the catalog knows for the inner value, the outer names too
  kPattern,  // every name the inner value matches, the outer matches: true for future actions too
};
ActionCover CoverOf(const ActionValue& outer, const ActionValue& inner);

// True when the values of `outer` together name every action some value of `inner` names.
bool ActionListCovers(const std::vector<ActionValue>& outer, const std::vector<ActionValue>& inner);

}  // namespace slim
