// The last stages of a lint run as the command line assembles it: the reporter's consumer,
// which applies the display filter and the --fail-on gate, and the one --diff uses.
#pragma once

#include <optional>
#include <ostream>

#include "core/severity.h"
#include "engine/lint_run.h"
#include "report/reporter.h"

namespace slim {

// Feeds findings to the reporter and notes whether any is at or above the gate. --severity
// decides what is shown and --fail-on what fails, independently: a finding hidden by
// --severity still fails the run when it reaches the gate (the command line then says so on
// stderr, so an exit status 1 with no finding shown is explained).
class ReportingConsumer final : public LintConsumer {
 public:
  ReportingConsumer(Reporter& reporter, Severity show, std::optional<Severity> gate, std::ostream& err, bool echo_errors)
      : reporter_(reporter), show_(show), gate_(gate), err_(err), echo_errors_(echo_errors) {}

  void OnInputError(const Error& error) override;
  void OnFindings(std::vector<Finding> findings) override;

  RunSummary summary;
  bool failed = false;
  size_t hidden = 0;          // below --severity
  size_t hidden_failing = 0;  // of those, at or above --fail-on

 private:
  Reporter& reporter_;
  Severity show_;
  std::optional<Severity> gate_;
  std::ostream& err_;
  bool echo_errors_;  // machine formats keep stdout parseable, so errors also go to stderr
};

// Swallows findings (for --diff, whose output is the diff); input errors still reach stderr.
class DiscardingConsumer final : public LintConsumer {
 public:
  explicit DiscardingConsumer(std::ostream& err) : err_(err) {}
  void OnInputError(const Error& error) override;
  void OnFindings(std::vector<Finding>) override {}
  size_t input_errors = 0;

 private:
  std::ostream& err_;
};

}  // namespace slim
