// A JSON tree in which every value and every object key remembers its byte span in the text it
// was parsed from, so that rules can point at the exact token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/source_file.h"

namespace slim {

enum class JsonKind : uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };

std::string_view JsonKindName(JsonKind kind);

struct JsonMember;

class JsonValue {
 public:
  // Defined below JsonMember: clang with libstdc++ needs the member vector's element type
  // complete where a constructor is defined.
  JsonValue();
  JsonValue(JsonKind kind, ByteSpan span);

  JsonKind kind() const { return kind_; }
  ByteSpan span() const { return span_; }
  bool is_null() const { return kind_ == JsonKind::kNull; }
  bool is_bool() const { return kind_ == JsonKind::kBool; }
  bool is_number() const { return kind_ == JsonKind::kNumber; }
  bool is_string() const { return kind_ == JsonKind::kString; }
  bool is_array() const { return kind_ == JsonKind::kArray; }
  bool is_object() const { return kind_ == JsonKind::kObject; }

  // The decoded string for kString, the number exactly as written for kNumber,
  // "true"/"false" for kBool and "null" for kNull.
  const std::string& text() const { return text_; }
  bool boolean() const { return kind_ == JsonKind::kBool && text_ == "true"; }

  const std::vector<JsonValue>& items() const { return items_; }
  const std::vector<JsonMember>& members() const { return members_; }

  // The last member named exactly `key` (later duplicates win), or nullptr.
  const JsonMember* Find(std::string_view key) const;
  const JsonValue* Get(std::string_view key) const;

 private:
  friend class JsonTreeBuilder;

  JsonKind kind_ = JsonKind::kNull;
  ByteSpan span_{};
  std::string text_;
  std::vector<JsonValue> items_;
  std::vector<JsonMember> members_;
};

struct JsonMember {
  std::string key;
  ByteSpan key_span;  // includes the quotes
  JsonValue value;
};

inline JsonValue::JsonValue() = default;
inline JsonValue::JsonValue(JsonKind kind, ByteSpan span) : kind_(kind), span_(span) {}

}  // namespace slim
