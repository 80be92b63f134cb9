#include "rules/support/action_values.h"

namespace slim {

void ForEachActionValue(const DocumentCheck& check,
                        const std::function<void(const Statement&, const JsonValue& value, bool not_action)>& visit) {
  for (const Statement& s : check.document.policy.statements) {
    for (const JsonValue* v : s.action.values) visit(s, *v, false);
    for (const JsonValue* v : s.not_action.values) visit(s, *v, true);
  }
}

}  // namespace slim
