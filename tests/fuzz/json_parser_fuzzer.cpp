// Fuzzes the position-keeping JSON parser. Beyond "no crash", every accepted document must have
// spans that lie inside the input, nest inside their parent, come in source order and cover
// exactly the token they describe; a rejected one must report an offset inside the input.
#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/source_file.h"
#include "fuzz_check.h"
#include "json/json_parser.h"

namespace {

using slim::ByteSpan;
using slim::JsonKind;
using slim::JsonValue;

struct Checker {
  std::string_view text;
  const slim::SourceFile& file;
  uint32_t max_depth;

  void CheckSpan(ByteSpan span) const {
    FUZZ_CHECK(span.begin < span.end);  // every token has at least one byte
    FUZZ_CHECK(span.end <= text.size());
    // Positions are monotonic in the offset.
    FUZZ_CHECK(file.PositionAt(span.begin) < file.PositionAt(span.end));
  }

  std::string_view Slice(ByteSpan span) const { return text.substr(span.begin, span.size()); }

  void CheckValue(const JsonValue& value, uint32_t depth) const {
    ByteSpan span = value.span();
    CheckSpan(span);
    std::string_view token = Slice(span);
    switch (value.kind()) {
      case JsonKind::kNull:
        FUZZ_CHECK(token == "null" && value.text() == "null");
        break;
      case JsonKind::kBool:
        FUZZ_CHECK(token == value.text() && (token == "true" || token == "false"));
        break;
      case JsonKind::kNumber:
        FUZZ_CHECK(token == value.text());
        break;
      case JsonKind::kString:
        FUZZ_CHECK(token.size() >= 2 && token.front() == '"' && token.back() == '"');
        // Without escapes the decoded text is the token between its quotes.
        if (token.find('\\') == std::string_view::npos) FUZZ_CHECK(token.substr(1, token.size() - 2) == value.text());
        break;
      case JsonKind::kArray: {
        FUZZ_CHECK(token.front() == '[' && token.back() == ']');
        FUZZ_CHECK(depth < max_depth);
        uint32_t previous_end = span.begin + 1;
        for (const JsonValue& item : value.items()) {
          FUZZ_CHECK(item.span().begin >= previous_end);
          FUZZ_CHECK(item.span().end < span.end);
          CheckValue(item, depth + 1);
          previous_end = item.span().end;
        }
        break;
      }
      case JsonKind::kObject: {
        FUZZ_CHECK(token.front() == '{' && token.back() == '}');
        FUZZ_CHECK(depth < max_depth);
        uint32_t previous_end = span.begin + 1;
        for (const slim::JsonMember& member : value.members()) {
          CheckSpan(member.key_span);
          std::string_view key = Slice(member.key_span);
          FUZZ_CHECK(key.size() >= 2 && key.front() == '"' && key.back() == '"');
          if (key.find('\\') == std::string_view::npos) FUZZ_CHECK(key.substr(1, key.size() - 2) == member.key);
          FUZZ_CHECK(member.key_span.begin >= previous_end);
          FUZZ_CHECK(member.value.span().begin >= member.key_span.end);
          FUZZ_CHECK(member.value.span().end < span.end);
          CheckValue(member.value, depth + 1);
          previous_end = member.value.span().end;
        }
        break;
      }
    }
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  slim::JsonLimits limits;
  limits.max_depth = 64;  // small, so the fuzzer reaches the limit often
  slim::JsonParseResult result = slim::ParseJson(text, limits);
  FUZZ_CHECK(result.root.has_value() != result.error.has_value());
  if (result.error) {
    FUZZ_CHECK(result.error->offset <= text.size());
    FUZZ_CHECK(!result.error->message.empty());
    FUZZ_CHECK(result.duplicate_keys.empty());
    return 0;
  }
  slim::SourceFile file("fuzz.json", std::string(text));
  Checker checker{text, file, limits.max_depth};
  checker.CheckValue(*result.root, 0);
  // Only whitespace may surround the root value.
  for (size_t i = 0; i < text.size(); ++i) {
    if (i >= result.root->span().begin && i < result.root->span().end) continue;
    char c = text[i];
    FUZZ_CHECK(c == ' ' || c == '\t' || c == '\n' || c == '\r');
  }
  for (const slim::JsonDuplicateKey& duplicate : result.duplicate_keys) {
    checker.CheckSpan(duplicate.first);
    checker.CheckSpan(duplicate.duplicate);
    FUZZ_CHECK(duplicate.first.end <= duplicate.duplicate.begin);
    FUZZ_CHECK(duplicate.pointer.empty() || duplicate.pointer.front() == '/');
  }
  // Differential check: what we accept, RapidJSON's own DOM parser (same encoding validation)
  // accepts too.
  rapidjson::Document dom;
  dom.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNumbersAsStringsFlag>(text.data(), text.size());
  FUZZ_CHECK(!dom.HasParseError());
  return 0;
}
