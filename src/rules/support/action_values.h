// Visits every action value of a document's statements (Action and NotAction), for the rules
// that judge each value against the catalog.
#pragma once

#include <functional>

#include "engine/check.h"

namespace slim {

void ForEachActionValue(const DocumentCheck& check,
                        const std::function<void(const Statement&, const JsonValue& value, bool not_action)>& visit);

}  // namespace slim
