#include "json/json_value.h"

namespace slim {

std::string_view JsonKindName(JsonKind kind) {
  switch (kind) {
    case JsonKind::kNull: return "null";
    case JsonKind::kBool: return "boolean";
    case JsonKind::kNumber: return "number";
    case JsonKind::kString: return "string";
    case JsonKind::kArray: return "array";
    case JsonKind::kObject: return "object";
  }
  return "value";
}

const JsonMember* JsonValue::Find(std::string_view key) const {
  for (const JsonMember& member : members_) {
    if (member.key == key) return &member;
  }
  return nullptr;
}

const JsonValue* JsonValue::Get(std::string_view key) const {
  const JsonMember* member = Find(key);
  return member ? &member->value : nullptr;
}

}  // namespace slim
