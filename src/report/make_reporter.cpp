#include "report/reporter.h"
#include "report/text_reporter.h"

namespace slim {

std::unique_ptr<Reporter> MakeJsonReporter(std::ostream& out);
std::unique_ptr<Reporter> MakeSarifReporter(std::ostream& out);
std::unique_ptr<Reporter> MakeGithubReporter(std::ostream& out);
std::unique_ptr<Reporter> MakeCheckstyleReporter(std::ostream& out);
std::unique_ptr<Reporter> MakeJunitReporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> MakeGitlabReporter(std::ostream& out);

std::string_view ReporterFormats() { return "text, json, sarif, github, checkstyle, junit, gitlab"; }

std::unique_ptr<Reporter> MakeReporter(std::string_view format, std::ostream& out, std::ostream& err,
                                       const ReportOptions& options) {
  if (format == "text") return MakeTextReporter(out, err, options);
  if (format == "json") return MakeJsonReporter(out);
  if (format == "sarif") return MakeSarifReporter(out);
  if (format == "github") return MakeGithubReporter(out);
  if (format == "checkstyle") return MakeCheckstyleReporter(out);
  if (format == "junit") return MakeJunitReporter(out, options);
  if (format == "gitlab") return MakeGitlabReporter(out);
  return nullptr;
}

}  // namespace slim
