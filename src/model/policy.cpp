#include "model/policy.h"

#include "json/json_pointer.h"
#include "util/strings.h"

namespace slim {
namespace {

StringListElement ReadStringList(const JsonValue& statement, std::string_view key) {
  StringListElement element;
  element.member = statement.Find(key);
  if (!element.member) return element;
  const JsonValue& value = element.member->value;
  if (value.is_string()) {
    element.values.push_back(&value);
  } else if (value.is_array()) {
    for (const JsonValue& item : value.items()) {
      if (item.is_string()) element.values.push_back(&item);
    }
  }
  return element;
}

PrincipalElement ReadPrincipal(const JsonValue& statement, std::string_view key) {
  PrincipalElement element;
  element.member = statement.Find(key);
  if (!element.member) return element;
  const JsonValue& value = element.member->value;
  if (value.is_string()) {
    element.wildcard = value.text() == "*";
  } else if (value.is_object()) {
    for (const JsonMember& member : value.members()) {
      PrincipalEntry entry{&member, {}};
      if (member.value.is_string()) {
        entry.values.push_back(&member.value);
      } else if (member.value.is_array()) {
        for (const JsonValue& item : member.value.items()) {
          if (item.is_string()) entry.values.push_back(&item);
        }
      }
      element.entries.push_back(std::move(entry));
    }
  }
  return element;
}

std::vector<ConditionClause> ReadConditions(const JsonMember* condition) {
  std::vector<ConditionClause> clauses;
  if (!condition || !condition->value.is_object()) return clauses;
  for (const JsonMember& op : condition->value.members()) {
    if (!op.value.is_object()) continue;
    ConditionOperator parsed = ParseConditionOperator(op.key);
    for (const JsonMember& key : op.value.members()) {
      ConditionClause clause{&op, parsed, &key, {}};
      if (key.value.is_array()) {
        for (const JsonValue& item : key.value.items()) clause.values.push_back(&item);
      } else {
        clause.values.push_back(&key.value);
      }
      clauses.push_back(std::move(clause));
    }
  }
  return clauses;
}

Statement ReadStatement(const JsonValue& node, size_t index, std::string pointer) {
  Statement s;
  s.index = index;
  s.node = &node;
  s.pointer = std::move(pointer);
  s.sid = node.Find("Sid");
  s.effect_member = node.Find("Effect");
  if (s.effect_member) {
    const JsonValue& effect = s.effect_member->value;
    s.effect = !effect.is_string()          ? Effect::kInvalid
               : effect.text() == "Allow" ? Effect::kAllow
               : effect.text() == "Deny"  ? Effect::kDeny
                                          : Effect::kInvalid;
  }
  s.action = ReadStringList(node, "Action");
  s.not_action = ReadStringList(node, "NotAction");
  s.resource = ReadStringList(node, "Resource");
  s.not_resource = ReadStringList(node, "NotResource");
  s.principal = ReadPrincipal(node, "Principal");
  s.not_principal = ReadPrincipal(node, "NotPrincipal");
  s.condition = node.Find("Condition");
  s.conditions = ReadConditions(s.condition);
  return s;
}

}  // namespace

bool StringListElement::Contains(std::string_view value) const {
  for (const JsonValue* v : values) {
    if (v->text() == value) return true;
  }
  return false;
}

std::vector<const PrincipalEntry*> PrincipalElement::EntriesFor(std::string_view key) const {
  std::vector<const PrincipalEntry*> out;
  for (const PrincipalEntry& entry : entries) {
    if (entry.member->key == key) out.push_back(&entry);
  }
  return out;
}

ConditionOperator ParseConditionOperator(std::string_view name) {
  ConditionOperator op;
  for (std::string_view qualifier : {"ForAllValues:", "ForAnyValue:"}) {
    if (StartsWith(name, qualifier)) {
      op.qualifier = std::string(qualifier.substr(0, qualifier.size() - 1));
      name.remove_prefix(qualifier.size());
      break;
    }
  }
  if (EndsWith(name, "IfExists")) {
    op.if_exists = true;
    name.remove_suffix(8);
  }
  op.base = std::string(name);
  return op;
}

bool Statement::has_condition_key(std::string_view key) const {
  for (const ConditionClause& clause : conditions) {
    if (EqualsIgnoreCase(clause.key_member->key, key)) return true;
  }
  return false;
}

std::string_view Statement::sid_text() const {
  return sid && sid->value.is_string() ? std::string_view(sid->value.text()) : std::string_view();
}

std::string_view Policy::version_text() const {
  return version && version->value.is_string() ? std::string_view(version->value.text()) : std::string_view();
}

Policy BuildPolicy(const JsonValue& root) {
  Policy policy;
  if (!root.is_object()) return policy;
  policy.root = &root;
  policy.version = root.Find("Version");
  policy.id = root.Find("Id");
  policy.statement = root.Find("Statement");
  if (!policy.statement) return policy;
  const JsonValue& value = policy.statement->value;
  if (value.is_object()) {
    policy.statements.push_back(ReadStatement(value, 0, "/Statement"));
  } else if (value.is_array()) {
    for (size_t i = 0; i < value.items().size(); ++i) {
      const JsonValue& item = value.items()[i];
      if (item.is_object()) policy.statements.push_back(ReadStatement(item, i, "/Statement/" + std::to_string(i)));
    }
  }
  return policy;
}

bool LooksLikePolicy(const JsonValue& root) {
  if (!root.is_object()) return false;
  if (root.Find("Statement")) return true;
  const JsonValue* version = root.Get("Version");
  return version && version->is_string() && (version->text() == "2012-10-17" || version->text() == "2008-10-17");
}

}  // namespace slim
