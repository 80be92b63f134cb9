#pragma once

#include "report/reporter.h"

namespace slim {

// Compiler-style text: "path:line:col: severity: message [CODE name]", the source line with
// a caret under the span, then the fix.
std::unique_ptr<Reporter> MakeTextReporter(std::ostream& out, std::ostream& err, const ReportOptions& options);

}  // namespace slim
