// --format github: GitHub Actions workflow commands, one line per finding, which the runner
// turns into annotations on the pull request diff:
//   ::warning file=a.sh,line=97,col=18,endLine=97,endColumn=74,title=SL4001 hardcoded-account-id::message
#include <fmt/format.h>

#include <ostream>

#include "core/rule.h"
#include "report/reporter.h"
#include "report/utf8.h"

namespace slim {
namespace {

// GitHub's escaping: the message ("data") needs %, CR and LF encoded; property values also ':'
// and ',', which separate properties.
std::string EscapeData(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string EscapeProperty(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : EscapeData(text)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view Command(Severity severity) {
  switch (severity) {
    case Severity::kError:
    case Severity::kSecurity: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kSuggestion: return "notice";
  }
  return "warning";
}

class GithubReporter final : public Reporter {
 public:
  explicit GithubReporter(std::ostream& out) : out_(out) {}

  void OnFinding(const Finding& f) override {
    Position start = f.location.start();
    Position end = f.location.end();
    // GitHub keeps columns only when the annotation starts and ends on the same line.
    std::string properties =
        start.line == end.line
            ? fmt::format("file={},line={},col={},endLine={},endColumn={}", EscapeProperty(f.location.path()),
                          start.line, start.column, end.line, end.column)
            : fmt::format("file={},line={},endLine={}", EscapeProperty(f.location.path()), start.line, end.line);
    properties += ",title=" + EscapeProperty(f.rule->code + " " + f.rule->name);
    std::string message = f.remediation.summary.empty() ? f.message : f.message + "\nFix: " + f.remediation.summary;
    Write(fmt::format("::{} {}::{}", Command(f.severity), properties, EscapeData(message)));
  }

  void OnInputError(const Error& error) override { Write("::error::" + EscapeData(error.ToString())); }

 private:
  // The runner reads the log as UTF-8; a file name may not be.
  void Write(std::string_view command) { out_ << ValidUtf8(command) << '\n'; }

  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> MakeGithubReporter(std::ostream& out) { return std::make_unique<GithubReporter>(out); }

}  // namespace slim
