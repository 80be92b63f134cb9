#include "cli/consumers.h"

namespace slim {

void ReportingConsumer::OnInputError(const Error& error) {
  ++summary.input_errors;
  reporter_.OnInputError(error);
  if (echo_errors_) err_ << error.ToString() << '\n';
}

void ReportingConsumer::OnFindings(std::vector<Finding> findings) {
  for (const Finding& finding : findings) {
    if (finding.severity < show_) continue;
    ++summary.by_severity[static_cast<int>(finding.severity)];
    if (gate_ && finding.severity >= *gate_) failed = true;
    reporter_.OnFinding(finding);
  }
}

void DiscardingConsumer::OnInputError(const Error& error) {
  ++input_errors;
  err_ << error.ToString() << '\n';
}

}  // namespace slim
