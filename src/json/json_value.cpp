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
  // The last member with the key, as most JSON parsers keep the later value (SL1002 reports
  // the duplicate); rules then judge what AWS most likely sees.
  for (auto it = members_.rbegin(); it != members_.rend(); ++it) {
    if (it->key == key) return &*it;
  }
  return nullptr;
}

const JsonValue* JsonValue::Get(std::string_view key) const {
  const JsonMember* member = Find(key);
  return member ? &member->value : nullptr;
}

}  // namespace slim
