// The policy model: statements with their elements, each still pointing at its JSON node so
// rules can report exact locations. Building it never fails; grammar rules report what is
// malformed, and the model keeps what it can make sense of.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "json/json_value.h"

namespace slim {

enum class Effect { kMissing, kAllow, kDeny, kInvalid };

// An element whose value is a string or an array of strings (Action, Resource, ...).
struct StringListElement {
  const JsonMember* member = nullptr;       // absent when the element is not in the statement
  std::vector<const JsonValue*> values;     // the string values; other kinds are skipped

  bool present() const { return member != nullptr; }
  bool Contains(std::string_view value) const;
};

// One key of a Principal map ("AWS", "Service", ...) and its string values.
struct PrincipalEntry {
  const JsonMember* member = nullptr;
  std::vector<const JsonValue*> values;
};

struct PrincipalElement {
  const JsonMember* member = nullptr;  // "Principal" or "NotPrincipal"
  bool wildcard = false;               // the string "*"
  std::vector<PrincipalEntry> entries; // when the value is an object

  bool present() const { return member != nullptr; }
  // The entries for one principal key ("AWS", "Service", ...).
  std::vector<const PrincipalEntry*> EntriesFor(std::string_view key) const;
};

// A parsed condition operator such as "ForAnyValue:StringLikeIfExists".
struct ConditionOperator {
  std::string qualifier;  // "ForAllValues", "ForAnyValue" or empty
  std::string base;       // "StringLike"
  bool if_exists = false;
};
ConditionOperator ParseConditionOperator(std::string_view name);

struct ConditionClause {
  const JsonMember* operator_member = nullptr;
  ConditionOperator op;
  const JsonMember* key_member = nullptr;
  std::vector<const JsonValue*> values;  // scalar values (an array is flattened)
};

struct Statement {
  size_t index = 0;
  const JsonValue* node = nullptr;
  std::string pointer;  // JSON pointer of the statement object
  const JsonMember* sid = nullptr;
  const JsonMember* effect_member = nullptr;
  Effect effect = Effect::kMissing;
  StringListElement action, not_action, resource, not_resource;
  PrincipalElement principal, not_principal;
  const JsonMember* condition = nullptr;
  std::vector<ConditionClause> conditions;

  bool allows() const { return effect == Effect::kAllow; }
  bool denies() const { return effect == Effect::kDeny; }
  // The action element in use: Action, or NotAction when only that is present.
  const StringListElement& actions() const { return action.present() ? action : not_action; }
  const StringListElement& resources() const { return resource.present() ? resource : not_resource; }
  bool has_condition_key(std::string_view key) const;  // case-insensitive
  std::string_view sid_text() const;
};

struct Policy {
  const JsonValue* root = nullptr;  // the top-level object, or null if it is not an object
  const JsonMember* version = nullptr;
  const JsonMember* id = nullptr;
  const JsonMember* statement = nullptr;
  std::vector<Statement> statements;

  std::string_view version_text() const;
};

Policy BuildPolicy(const JsonValue& root);

// True when a JSON document looks like an IAM policy at all (an object with a Statement or a
// policy Version): directory scans skip other JSON files.
bool LooksLikePolicy(const JsonValue& root);

}  // namespace slim
