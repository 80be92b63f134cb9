#include "report/finding_json.h"

#include <algorithm>

#include "core/rule.h"
#include "report/utf8.h"

namespace slim {

void WriteString(JsonWriter& writer, std::string_view text) {
  // RapidJSON copies bytes as they are; JSON must be UTF-8, so broken sequences are repaired.
  bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  } else {
    std::string valid = ValidUtf8(text);
    writer.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
  }
}

namespace {

void WritePosition(JsonWriter& w, Position p) {
  w.StartObject();
  w.Key("line");
  w.Uint(p.line);
  w.Key("column");
  w.Uint(p.column);
  w.EndObject();
}

void WriteNullableString(JsonWriter& w, std::string_view text) {
  if (text.empty()) w.Null();
  else WriteString(w, text);
}

}  // namespace

void WriteRangeJson(JsonWriter& w, const Location& location) {
  w.StartObject();
  w.Key("start");
  WritePosition(w, location.start());
  w.Key("end");
  WritePosition(w, location.end());
  w.EndObject();
}

void WriteFindingJson(JsonWriter& w, const Finding& f) {
  w.StartObject();
  w.Key("rule");
  WriteString(w, f.rule->code);
  w.Key("name");
  WriteString(w, f.rule->name);
  w.Key("severity");
  WriteString(w, SeverityName(f.severity));
  w.Key("aws_issue_code");
  WriteNullableString(w, f.aws_issue_code);
  w.Key("message");
  WriteString(w, f.message);
  w.Key("path");
  WriteString(w, f.location.path());
  w.Key("range");
  WriteRangeJson(w, f.location);
  w.Key("json_pointer");
  if (f.json_pointer.empty()) w.Null();
  else WriteString(w, f.json_pointer);
  w.Key("principal");
  if (f.principal) {
    w.StartObject();
    w.Key("kind");
    WriteString(w, PrincipalKindName(f.principal->kind));
    w.Key("name");
    WriteString(w, f.principal->name);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("remediation");
  if (f.remediation.empty()) {
    w.Null();
  } else {
    const Remediation& r = f.remediation;
    w.StartObject();
    w.Key("summary");
    WriteString(w, r.summary);
    w.Key("cli");
    w.StartArray();
    for (const std::string& line : r.cli) WriteString(w, line);
    w.EndArray();
    w.Key("sdk");
    WriteNullableString(w, r.sdk);
    // The files the cli lines read (file://path, relative to where they run): write them first.
    w.Key("documents");
    w.StartArray();
    for (const GeneratedDocument& document : r.documents) {
      w.StartObject();
      w.Key("path");
      WriteString(w, document.path);
      w.Key("content");
      WriteString(w, document.text());
      w.EndObject();
    }
    w.EndArray();
    w.Key("fix");
    w.StartObject();
    w.Key("applicability");
    WriteString(w, FixApplicabilityName(r.fix.applicability));
    w.Key("description");
    WriteNullableString(w, r.fix.description);
    w.Key("edits");
    w.StartArray();
    for (const TextEdit& edit : r.fix.edits) {
      Location where{edit.file, edit.span};
      w.StartObject();
      w.Key("path");
      WriteString(w, where.path());
      w.Key("range");
      WriteRangeJson(w, where);
      w.Key("replacement");
      WriteString(w, edit.replacement);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    w.EndObject();
  }
  w.Key("related");
  w.StartArray();
  for (const RelatedLocation& related : f.related) {
    w.StartObject();
    w.Key("message");
    WriteString(w, related.message);
    if (related.location) {
      w.Key("path");
      WriteString(w, related.location->path());
      w.Key("range");
      WriteRangeJson(w, *related.location);
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace slim
