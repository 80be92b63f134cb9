// --format sarif: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. The rules are
// written first, then each result as it arrives (memory does not grow with the findings),
// then the invocation, which carries the input errors.
#include <algorithm>
#include <map>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "engine/registry.h"
#include "report/finding_json.h"
#include "report/fingerprint_occurrences.h"
#include "report/reporter.h"
#include "report/sarif_rules.h"
#include "util/strings.h"

namespace slim {
namespace {

// A path as a URI reference: every byte but the unreserved characters and '/' percent-encoded
// (a ':' in a first segment would otherwise read as a scheme). Relative paths are relative to
// %SRCROOT%, the directory slim-lint ran in; absolute ones become file:// URIs.
struct ArtifactUri {
  std::string uri;
  bool relative;
};

ArtifactUri ToArtifactUri(std::string_view path) {
  bool relative = !StartsWith(path, "/");
  while (StartsWith(path, "./")) path.remove_prefix(2);
  std::string uri = relative ? "" : "file://";
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    bool keep = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      uri += c;
    } else {
      uri += '%';
      uri += kHex[byte >> 4];
      uri += kHex[byte & 0xF];
    }
  }
  return {std::move(uri), relative};
}

void WriteText(JsonWriter& w, const char* key, std::string_view text) {
  w.Key(key);
  w.StartObject();
  w.Key("text");
  WriteString(w, text);
  w.EndObject();
}

void WriteArtifactLocation(JsonWriter& w, std::string_view path) {
  ArtifactUri artifact = ToArtifactUri(path);
  w.Key("artifactLocation");
  w.StartObject();
  w.Key("uri");
  WriteString(w, artifact.uri);
  if (artifact.relative) {
    w.Key("uriBaseId");
    w.String("%SRCROOT%");
  }
  w.EndObject();
}

// Lines and columns are 1-based and the end is exclusive, as in SARIF; columns count code
// points, which the run declares with columnKind.
void WriteRegion(JsonWriter& w, const char* key, const Location& location) {
  Position start = location.start();
  Position end = location.end();
  w.Key(key);
  w.StartObject();
  w.Key("startLine");
  w.Uint(start.line);
  w.Key("startColumn");
  w.Uint(start.column);
  w.Key("endLine");
  w.Uint(end.line);
  w.Key("endColumn");
  w.Uint(end.column);
  w.EndObject();
}

void WritePhysicalLocation(JsonWriter& w, const Location& location) {
  w.Key("physicalLocation");
  w.StartObject();
  WriteArtifactLocation(w, location.path());
  WriteRegion(w, "region", location);
  w.EndObject();
}

// The fix as SARIF artifact changes, one per file, each with its replacements in order.
void WriteFix(JsonWriter& w, const Remediation& remediation) {
  const Fix& fix = remediation.fix;
  std::vector<std::string_view> paths;
  for (const TextEdit& edit : fix.edits) {
    if (std::find(paths.begin(), paths.end(), edit.file->path()) == paths.end()) paths.push_back(edit.file->path());
  }
  w.Key("fixes");
  w.StartArray();
  w.StartObject();
  WriteText(w, "description", fix.description.empty() ? remediation.summary : fix.description);
  w.Key("artifactChanges");
  w.StartArray();
  for (std::string_view path : paths) {
    w.StartObject();
    WriteArtifactLocation(w, path);
    w.Key("replacements");
    w.StartArray();
    for (const TextEdit& edit : fix.edits) {
      if (edit.file->path() != path) continue;
      w.StartObject();
      WriteRegion(w, "deletedRegion", Location{edit.file, edit.span});
      WriteText(w, "insertedContent", edit.replacement);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("properties");
  w.StartObject();
  w.Key("applicability");
  WriteString(w, FixApplicabilityName(fix.applicability));
  w.EndObject();
  w.EndObject();
  w.EndArray();
}

void WriteProperties(JsonWriter& w, const Finding& f) {
  w.Key("properties");
  w.StartObject();
  if (f.principal) {
    w.Key("principal");
    w.StartObject();
    w.Key("kind");
    WriteString(w, PrincipalKindName(f.principal->kind));
    w.Key("name");
    WriteString(w, f.principal->name);
    w.EndObject();
  }
  if (!f.json_pointer.empty()) {
    w.Key("json_pointer");
    WriteString(w, f.json_pointer);
  }
  if (!f.aws_issue_code.empty()) {
    w.Key("aws_issue_code");
    WriteString(w, f.aws_issue_code);
  }
  if (!f.remediation.empty()) {
    const Remediation& r = f.remediation;
    w.Key("remediation");
    w.StartObject();
    w.Key("summary");
    WriteString(w, r.summary);
    w.Key("cli");
    w.StartArray();
    for (const std::string& line : r.cli) WriteString(w, line);
    w.EndArray();
    w.Key("sdk");
    WriteString(w, r.sdk);
    w.EndObject();
  }
  w.EndObject();
}

class SarifReporter final : public Reporter {
 public:
  explicit SarifReporter(std::ostream& out) : out_(out) {
    std::span<const Rule* const> rules = AllRules();
    for (size_t i = 0; i < rules.size(); ++i) rule_index_.emplace(rules[i]->info().code, i);
  }

  void Begin() override {
    out_ << R"({"$schema":"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",)"
            R"("version":"2.1.0","runs":[{"tool":{"driver":{"name":"slim-lint","version":")" SLIM_VERSION
            R"(","semanticVersion":")" SLIM_VERSION R"(","informationUri":"https://github.com/slim-lint/slim-lint","rules":[)";
    // Every rule, not only those with results, so that viewers can describe a rule that was
    // disabled or found nothing this time.
    const char* separator = "\n";
    for (const Rule* rule : AllRules()) {
      rapidjson::StringBuffer buffer;
      JsonWriter writer(buffer);
      WriteSarifRule(writer, rule->info());
      out_ << separator << buffer.GetString();
      separator = ",\n";
    }
    out_ << "\n]}},"
            R"("columnKind":"unicodeCodePoints",)"
            R"("originalUriBaseIds":{"%SRCROOT%":{"description":{"text":"The directory slim-lint ran in: relative paths are as given on its command line."}}},)"
            R"("results":[)";
  }

  void OnFinding(const Finding& f) override {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    w.Key("ruleId");
    WriteString(w, f.rule->code);
    if (auto index = rule_index_.find(f.rule->code); index != rule_index_.end()) {
      w.Key("ruleIndex");
      w.Uint64(index->second);
    }
    w.Key("level");
    WriteString(w, SarifLevel(f.severity));
    WriteText(w, "message", f.remediation.summary.empty() ? f.message : f.message + "\nFix: " + f.remediation.summary);
    w.Key("locations");
    w.StartArray();
    w.StartObject();
    WritePhysicalLocation(w, f.location);
    w.EndObject();
    w.EndArray();
    if (!f.related.empty()) {
      w.Key("relatedLocations");
      w.StartArray();
      for (size_t i = 0; i < f.related.size(); ++i) {
        w.StartObject();
        w.Key("id");
        w.Uint64(i);
        if (f.related[i].location) WritePhysicalLocation(w, *f.related[i].location);
        WriteText(w, "message", f.related[i].message);
        w.EndObject();
      }
      w.EndArray();
    }
    w.Key("partialFingerprints");
    w.StartObject();
    w.Key("slimLint/v1");
    WriteString(w, fingerprints_.Next(f));
    w.EndObject();
    if (f.remediation.fix.applicability != FixApplicability::kNone && !f.remediation.fix.edits.empty()) {
      WriteFix(w, f.remediation);
    }
    WriteProperties(w, f);
    w.EndObject();
    out_ << (first_result_ ? "\n" : ",\n") << buffer.GetString();
    first_result_ = false;
  }

  // Input errors are few; they are kept for the invocation, which follows the results.
  void OnInputError(const Error& error) override { errors_.push_back(error); }

  void End(const RunSummary&) override {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    w.Key("executionSuccessful");
    w.Bool(errors_.empty());
    w.Key("toolExecutionNotifications");
    w.StartArray();
    for (const Error& e : errors_) {
      w.StartObject();
      w.Key("level");
      w.String("error");
      WriteText(w, "message", e.message);
      if (!e.path.empty()) {
        w.Key("locations");
        w.StartArray();
        w.StartObject();
        w.Key("physicalLocation");
        w.StartObject();
        WriteArtifactLocation(w, e.path);
        if (e.position.known()) {
          w.Key("region");
          w.StartObject();
          w.Key("startLine");
          w.Uint(e.position.line);
          if (e.position.column) {
            w.Key("startColumn");
            w.Uint(e.position.column);
          }
          w.EndObject();
        }
        w.EndObject();
        w.EndObject();
        w.EndArray();
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out_ << "\n],\"invocations\":[" << buffer.GetString() << "]}]}\n";
  }

 private:
  std::ostream& out_;
  FingerprintOccurrences fingerprints_;
  std::map<std::string, size_t, std::less<>> rule_index_;
  bool first_result_ = true;
  std::vector<Error> errors_;
};

}  // namespace

std::unique_ptr<Reporter> MakeSarifReporter(std::ostream& out) { return std::make_unique<SarifReporter>(out); }

}  // namespace slim
