#include "cli/consumers.h"

namespace slim {

void ReportingConsumer::OnInputError(const Error& error) {
  ++summary.input_errors;
  reporter_.OnInputError(error);
  if (echo_errors_) err_ << error.ToString() << '\n';
}

void ReportingConsumer::OnFindings(std::vector<Finding> findings) {
  for (const Finding& finding : findings) {
    bool fails = gate_ && finding.severity >= *gate_;
    if (fails) failed = true;
    if (finding.severity < show_) {
      ++hidden;
      if (fails) ++hidden_failing;
      continue;
    }
    ++summary.by_severity[static_cast<int>(finding.severity)];
    reporter_.OnFinding(finding);
  }
}

void DiscardingConsumer::OnInputError(const Error& error) {
  ++input_errors;
  err_ << error.ToString() << '\n';
}

}  // namespace slim
