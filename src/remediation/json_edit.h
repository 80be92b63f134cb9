// Text edits on a JSON document that keep its formatting: a new member is written the way
// the object's existing members are (same line, or one per line at the same indentation).
#pragma once

#include <string>
#include <string_view>

#include "model/document.h"
#include "rules/support/rule_util.h"

namespace slim {

// Adds `"key": value_json` as the last member of `object`.
DocumentEdit InsertMember(const PolicyDocument& document, const JsonValue& object, std::string_view key,
                          std::string_view value_json);

// Adds a condition (operator -> key -> value) to a statement, creating the Condition element
// or the operator object as needed. `value_json` is a JSON string or array.
DocumentEdit AddCondition(const PolicyDocument& document, const Statement& statement, std::string_view op,
                          std::string_view key, std::string_view value_json);

// A JSON string literal for `text`.
std::string JsonQuote(std::string_view text);

}  // namespace slim
