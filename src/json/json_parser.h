// Parses JSON text with RapidJSON's SAX reader into a JsonValue tree with byte spans.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/json_value.h"

namespace slim {

struct JsonLimits {
  // Deeper documents are rejected: IAM documents nest about six levels, and every later
  // traversal may then recurse safely.
  uint32_t max_depth = 256;
};

struct JsonSyntaxError {
  std::string message;  // RapidJSON's reason, made specific where we can
  uint32_t offset = 0;  // byte offset in the parsed text
};

struct JsonDuplicateKey {
  std::string key;
  ByteSpan first;      // the earlier key token
  ByteSpan duplicate;  // the later key token
  std::string pointer; // RFC 6901 pointer of the object holding both
};

struct JsonParseResult {
  std::optional<JsonValue> root;         // absent on a syntax error
  std::optional<JsonSyntaxError> error;
  std::vector<JsonDuplicateKey> duplicate_keys;
};

JsonParseResult ParseJson(std::string_view text, const JsonLimits& limits = {});

}  // namespace slim
