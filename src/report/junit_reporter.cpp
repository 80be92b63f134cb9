// --format junit: JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure
// Pipelines). One testsuite "slim-lint"; one testcase per file with findings, holding a
// <failure> per finding; one testcase with an <error> per input that could not be read.
// Files without findings are not listed: reporters only hear about findings and errors.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <ostream>

#include "core/rule.h"
#include "report/reporter.h"
#include "report/xml_escape.h"
#include "util/strings.h"

namespace slim {
namespace {

// Holds the testcases until End, which knows the counts the <testsuite> start tag must carry.
// They go to an anonymous temporary file, so memory does not grow with the findings; to memory
// when no temporary file can be made or written.
class Spool {
 public:
  Spool() : file_(std::tmpfile()) {}

  void Write(std::string_view text) {
    if (file_ && std::fwrite(text.data(), 1, text.size(), file_.get()) != text.size()) MoveToMemory();
    if (file_) spooled_ += text.size();
    else memory_.append(text);
  }

  void CopyTo(std::ostream& out) {
    if (file_) {
      std::rewind(file_.get());
      char chunk[1 << 16];
      size_t left = spooled_;
      while (left > 0) {
        size_t n = std::fread(chunk, 1, std::min(left, sizeof chunk), file_.get());
        if (n == 0) break;
        out.write(chunk, static_cast<std::streamsize>(n));
        left -= n;
      }
    }
    out << memory_;
  }

 private:
  // After a failed write (a full disk) what was written in full is read back, and the rest
  // is kept in memory.
  void MoveToMemory() {
    std::rewind(file_.get());
    memory_.resize(spooled_);
    memory_.resize(std::fread(memory_.data(), 1, spooled_, file_.get()));
    file_.reset();
  }

  struct Close {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  std::unique_ptr<std::FILE, Close> file_;
  size_t spooled_ = 0;
  std::string memory_;
};

std::string Where(std::string_view path, Position p) {
  return p.known() ? fmt::format("{}:{}:{}", path, p.line, p.column) : std::string(path);
}

class JunitReporter final : public Reporter {
 public:
  explicit JunitReporter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}

  void OnFinding(const Finding& f) override {
    if (!open_ || f.location.path() != path_) {
      CloseTestcase();
      OpenTestcase(f.location.path());
      ++failed_cases_;
    }
    spool_.Write(fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", XmlEscape(f.message),
                             XmlEscape(f.rule->code + " " + f.rule->name), XmlEscape(Details(f), XmlContext::kContent)));
  }

  void OnInputError(const Error& error) override {
    CloseTestcase();
    OpenTestcase(error.path.empty() ? "slim-lint" : error.path);
    ++errored_cases_;
    spool_.Write(fmt::format("      <error message=\"{}\" type=\"input\">{}</error>\n", XmlEscape(error.message),
                             XmlEscape(error.ToString(), XmlContext::kContent)));
    CloseTestcase();
  }

  void End(const RunSummary&) override {
    CloseTestcase();
    std::string counts = fmt::format("tests=\"{}\" failures=\"{}\" errors=\"{}\"", failed_cases_ + errored_cases_,
                                     failed_cases_, errored_cases_);
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         << "<testsuites name=\"slim-lint\" " << counts << ">\n"
         << "  <testsuite name=\"slim-lint\" " << counts << " skipped=\"0\">\n";
    spool_.CopyTo(out_);
    out_ << "  </testsuite>\n</testsuites>\n";
  }

 private:
  void OpenTestcase(const std::string& path) {
    std::string name = XmlEscape(path);
    spool_.Write(fmt::format("    <testcase name=\"{}\" classname=\"slim-lint\" file=\"{}\">\n", name, name));
    path_ = path;
    open_ = true;
  }

  void CloseTestcase() {
    if (open_) spool_.Write("    </testcase>\n");
    open_ = false;
  }

  // The failure's text: where, what, for whom, and how to fix it, as the text format says it.
  std::string Details(const Finding& f) const {
    std::string text = fmt::format("{}: {}: {} [{} {}]\n", Where(f.location.path(), f.location.start()),
                                   SeverityName(f.severity), f.message, f.rule->code, f.rule->name);
    if (f.principal) text += fmt::format("{}: {}\n", PrincipalKindName(f.principal->kind), f.principal->name);
    for (const RelatedLocation& related : f.related) {
      text += "note: ";
      if (related.location) text += Where(related.location->path(), related.location->start()) + ": ";
      text += related.message + "\n";
    }
    const Remediation& r = f.remediation;
    if (options_.remediation == RemediationMode::kNone || r.empty()) return text;
    text += "fix: " + r.summary + "\n";
    if (options_.remediation == RemediationMode::kCli) {
      for (const std::string& line : r.cli) text += "    " + line + "\n";
    } else {
      for (std::string_view line : Split(r.sdk, '\n')) {
        if (!line.empty()) text += fmt::format("    {}\n", line);
      }
    }
    return text;
  }

  std::ostream& out_;
  ReportOptions options_;
  Spool spool_;
  std::string path_;
  bool open_ = false;
  size_t failed_cases_ = 0;
  size_t errored_cases_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> MakeJunitReporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<JunitReporter>(out, options);
}

}  // namespace slim
