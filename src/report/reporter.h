// Reporters turn findings into one output format. Like ShellCheck's formatters, a reporter is
// a few callbacks: begin, one finding at a time (in path order), input errors, end.
#pragma once

#include <array>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "core/finding.h"
#include "core/result.h"

namespace slim {

enum class RemediationMode { kCli, kSdk, kNone };

struct ReportOptions {
  RemediationMode remediation = RemediationMode::kCli;
  bool color = false;
  bool quiet = false;  // only findings, no summary or fixes
};

struct RunSummary {
  size_t files = 0;
  size_t input_errors = 0;
  std::array<size_t, 4> by_severity{};  // indexed by Severity
  size_t suppressed = 0;                // by config ignores or inline comments
  size_t baselined = 0;
  size_t fixed = 0;

  size_t total() const { return by_severity[0] + by_severity[1] + by_severity[2] + by_severity[3]; }
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void Begin() {}
  virtual void OnFinding(const Finding& finding) = 0;
  virtual void OnInputError(const Error& error) { (void)error; }
  virtual void End(const RunSummary& summary) { (void)summary; }
};

// The formats `--format` accepts, e.g. "text", "json", "sarif".
std::unique_ptr<Reporter> MakeReporter(std::string_view format, std::ostream& out, std::ostream& err,
                                       const ReportOptions& options);
std::string_view ReporterFormats();

}  // namespace slim
