// --format checkstyle: Checkstyle XML, which Jenkins (Warnings NG), reviewdog, SonarQube and
// many CI dashboards read. Findings arrive in path order, so each file's <file> element is
// written as soon as the next file starts; nothing is kept but the current path.
#include <fmt/format.h>

#include <ostream>

#include "core/rule.h"
#include "report/reporter.h"
#include "report/xml_escape.h"

namespace slim {
namespace {

// Checkstyle knows error, warning and info: security findings are errors.
std::string_view CheckstyleSeverity(Severity severity) {
  switch (severity) {
    case Severity::kError:
    case Severity::kSecurity: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kSuggestion: return "info";
  }
  return "warning";
}

class CheckstyleReporter final : public Reporter {
 public:
  explicit CheckstyleReporter(std::ostream& out) : out_(out) {}

  void Begin() override { out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"; }

  void OnFinding(const Finding& f) override {
    OpenFile(f.location.path());
    Position start = f.location.start();
    out_ << fmt::format("    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" source=\"slim-lint.{}\"/>\n",
                        start.line, start.column, CheckstyleSeverity(f.severity), XmlEscape(f.message),
                        XmlEscape(f.rule->code));
  }

  // An input that could not be read is an error of its own file, from source "slim-lint.input".
  void OnInputError(const Error& error) override {
    OpenFile(error.path);
    out_ << "    <error";
    if (error.position.known()) out_ << fmt::format(" line=\"{}\"", error.position.line);
    if (error.position.column) out_ << fmt::format(" column=\"{}\"", error.position.column);
    out_ << fmt::format(" severity=\"error\" message=\"{}\" source=\"slim-lint.input\"/>\n", XmlEscape(error.message));
  }

  void End(const RunSummary&) override {
    CloseFile();
    out_ << "</checkstyle>\n";
  }

 private:
  void OpenFile(const std::string& path) {
    if (open_ && path == path_) return;
    CloseFile();
    out_ << "  <file name=\"" << XmlEscape(path) << "\">\n";
    path_ = path;
    open_ = true;
  }

  void CloseFile() {
    if (open_) out_ << "  </file>\n";
    open_ = false;
  }

  std::ostream& out_;
  std::string path_;
  bool open_ = false;
};

}  // namespace

std::unique_ptr<Reporter> MakeCheckstyleReporter(std::ostream& out) { return std::make_unique<CheckstyleReporter>(out); }

}  // namespace slim
