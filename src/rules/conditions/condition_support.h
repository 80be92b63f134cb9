// What the condition rules (SL7xxx) share: the vocabulary of operators and keys, evidence from
// AWS managed policies, value formats, action support for keys, and small reporting helpers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "model/document.h"
#include "rules/conditions/action_keys.h"
#include "rules/conditions/condition_values.h"
#include "rules/conditions/condition_vocabulary.h"
#include "rules/conditions/managed_evidence.h"

namespace slim::conditions {

// An unsafe fix that renames an object member (an operator or a condition key) to `name`, unless
// `siblings` (the object that holds it) already has another member of that name in any case.
Fix RenameFix(const PolicyDocument& document, const JsonMember& member, const JsonValue& siblings,
              const std::string& name, std::string description);

// "a, b, c and 4 more" from the first `shown` names.
std::string ListSome(const std::vector<std::string>& names, size_t shown = 3);

// The closest of `candidates` to `query` within an edit budget, or empty.
std::string Closest(std::string_view query, const std::vector<std::string_view>& candidates, size_t budget);

}  // namespace slim::conditions
