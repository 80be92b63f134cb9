#include "remediation/json_edit.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "util/strings.h"

namespace slim {

std::string JsonQuote(std::string_view text) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  return buffer.GetString();
}

namespace {

// A document written without any space after ':' or ',' (as the AWS CLI examples often are)
// gets its additions in the same compact style.
bool IsCompact(std::string_view text) {
  return text.find(": ") == std::string_view::npos && text.find(", ") == std::string_view::npos &&
         text.find('\n') == std::string_view::npos;
}

std::string Compact(std::string json) {
  std::string out;
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < json.size()) out += json[++i];
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
      out += c;
    } else if (c != ' ') {
      out += c;
    }
  }
  return out;
}

}  // namespace

DocumentEdit InsertMember(const PolicyDocument& document, const JsonValue& object, std::string_view key,
                          std::string_view value_json) {
  std::string_view text = document.source.text();
  bool compact = IsCompact(text);
  std::string member = JsonQuote(key) + (compact ? ":" : ": ") + (compact ? Compact(std::string(value_json)) : std::string(value_json));
  const auto& members = object.members();
  if (members.empty()) {
    uint32_t at = object.span().begin + 1;
    return {{at, at}, member};
  }
  const JsonMember& last = members.back();
  uint32_t at = last.value.span().end;
  // The whitespace before the last key tells whether members sit one per line.
  uint32_t key_begin = last.key_span.begin;
  size_t line_start = text.rfind('\n', key_begin == 0 ? 0 : key_begin - 1);
  bool multiline = line_start != std::string_view::npos && line_start > object.span().begin &&
                   Trim(text.substr(line_start + 1, key_begin - line_start - 1)).empty();
  if (!multiline) return {{at, at}, (compact ? "," : ", ") + member};
  std::string indent(text.substr(line_start + 1, key_begin - line_start - 1));
  bool crlf = line_start > 0 && text[line_start - 1] == '\r';
  return {{at, at}, "," + std::string(crlf ? "\r\n" : "\n") + indent + member};
}

DocumentEdit AddCondition(const PolicyDocument& document, const Statement& statement, std::string_view op,
                          std::string_view key, std::string_view value_json) {
  std::string entry = JsonQuote(key) + ": " + std::string(value_json);
  if (!statement.condition || !statement.condition->value.is_object()) {
    return InsertMember(document, *statement.node, "Condition", "{" + JsonQuote(op) + ": {" + entry + "}}");
  }
  const JsonValue& condition = statement.condition->value;
  if (const JsonValue* existing = condition.Get(op); existing && existing->is_object()) {
    return InsertMember(document, *existing, key, value_json);
  }
  return InsertMember(document, condition, op, "{" + entry + "}");
}

}  // namespace slim
