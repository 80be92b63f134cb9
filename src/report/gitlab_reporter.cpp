// --format gitlab: a GitLab Code Quality report (artifacts:reports:codequality), a JSON array
// of issues that GitLab shows in merge requests, written as findings arrive.
#include <ostream>

#include "core/rule.h"
#include "report/finding_json.h"
#include "report/fingerprint_occurrences.h"
#include "report/reporter.h"

namespace slim {
namespace {

// GitLab's scale is info, minor, major, critical, blocker. slim-lint's errors are policies AWS
// rejects or that do not do what they say: the change cannot ship as it is (blocker). Security
// findings are exploitable risks (critical); warnings should be fixed (major); suggestions are
// advice (info). "minor" is not used.
std::string_view GitlabSeverity(Severity severity) {
  switch (severity) {
    case Severity::kError: return "blocker";
    case Severity::kSecurity: return "critical";
    case Severity::kWarning: return "major";
    case Severity::kSuggestion: return "info";
  }
  return "major";
}

class GitlabReporter final : public Reporter {
 public:
  explicit GitlabReporter(std::ostream& out) : out_(out) {}

  void Begin() override { out_ << '['; }

  void OnFinding(const Finding& f) override {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    w.Key("type");
    w.String("issue");
    w.Key("description");
    WriteString(w, f.message);
    w.Key("check_name");
    WriteString(w, f.rule->code + " " + f.rule->name);
    w.Key("fingerprint");
    WriteString(w, fingerprints_.Next(f));
    w.Key("severity");
    WriteString(w, GitlabSeverity(f.severity));
    w.Key("location");
    w.StartObject();
    w.Key("path");
    WriteString(w, f.location.path());
    w.Key("lines");
    w.StartObject();
    w.Key("begin");
    w.Uint(f.location.start().line);
    w.Key("end");
    w.Uint(f.location.end().line);
    w.EndObject();
    w.EndObject();
    w.EndObject();
    out_ << (first_ ? "\n" : ",\n") << buffer.GetString();
    first_ = false;
  }

  void End(const RunSummary&) override { out_ << "\n]\n"; }

 private:
  std::ostream& out_;
  FingerprintOccurrences fingerprints_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Reporter> MakeGitlabReporter(std::ostream& out) { return std::make_unique<GitlabReporter>(out); }

}  // namespace slim
