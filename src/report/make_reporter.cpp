#include "report/reporter.h"
#include "report/text_reporter.h"

namespace slim {

std::unique_ptr<Reporter> MakeJsonReporter(std::ostream& out);

std::string_view ReporterFormats() { return "text, json"; }

std::unique_ptr<Reporter> MakeReporter(std::string_view format, std::ostream& out, std::ostream& err,
                                       const ReportOptions& options) {
  if (format == "text") return MakeTextReporter(out, err, options);
  if (format == "json") return MakeJsonReporter(out);
  return nullptr;
}

}  // namespace slim
