// `slim-lint [lint] PATH...`: the linter itself.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <fstream>
#include <optional>

#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/subcommands.h"
#include "core/rule.h"
#include "engine/fix_stage.h"
#include "engine/lint_run.h"
#include "report/finding_json.h"
#include "report/reporter.h"
#include "engine/registry.h"
#include "util/strings.h"

namespace slim {
namespace {

struct LintOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string fail_on = "security";
  std::string show_severity = "suggestion";
  std::string remediation = "cli";
  std::string type = "auto";
  std::string color = "auto";
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string account;
  std::vector<std::string> known_accounts;
  std::string catalog_dir;
  unsigned jobs = 0;
  bool quiet = false;
  bool fix = false;
  bool unsafe_fixes = false;
  bool diff = false;
  bool list_rules = false;
  bool version = false;
};

// Feeds findings to the reporter, counting what is at or above the gate.
class ReportingConsumer final : public LintConsumer {
 public:
  ReportingConsumer(Reporter& reporter, Severity show, std::optional<Severity> gate, std::ostream& err, bool echo_errors)
      : reporter_(reporter), show_(show), gate_(gate), err_(err), echo_errors_(echo_errors) {}

  void OnInputError(const Error& error) override {
    ++summary.input_errors;
    reporter_.OnInputError(error);
    if (echo_errors_) err_ << error.ToString() << '\n';
  }

  void OnFindings(std::vector<Finding> findings) override {
    for (const Finding& finding : findings) {
      if (finding.severity < show_) continue;
      ++summary.by_severity[static_cast<int>(finding.severity)];
      if (gate_ && finding.severity >= *gate_) failed = true;
      reporter_.OnFinding(finding);
    }
  }

  RunSummary summary;
  bool failed = false;

 private:
  Reporter& reporter_;
  Severity show_;
  std::optional<Severity> gate_;
  std::ostream& err_;
  bool echo_errors_;
};

// Swallows findings (for --diff, whose output is the diff); input errors still reach stderr.
class DiscardingConsumer final : public LintConsumer {
 public:
  explicit DiscardingConsumer(std::ostream& err) : err_(err) {}
  void OnInputError(const Error& error) override {
    ++input_errors;
    err_ << error.ToString() << '\n';
  }
  void OnFindings(std::vector<Finding>) override {}
  size_t input_errors = 0;

 private:
  std::ostream& err_;
};

int UsageError(CommandIo& io, const std::string& message) {
  io.err << "slim-lint: error: " << message << '\n';
  return static_cast<int>(ExitStatus::kUsage);
}

std::vector<std::string> SplitCommas(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) {
    for (std::string_view part : Split(value, ',')) {
      if (!Trim(part).empty()) out.emplace_back(Trim(part));
    }
  }
  return out;
}

void ListRules(CommandIo& io, bool json) {
  if (json) {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartArray();
    for (const Rule* rule : AllRules()) {
      const RuleInfo& r = rule->info();
      w.StartObject();
      w.Key("code");
      WriteString(w, r.code);
      w.Key("name");
      WriteString(w, r.name);
      w.Key("severity");
      WriteString(w, SeverityName(r.severity));
      w.Key("summary");
      WriteString(w, r.summary);
      w.Key("aws_issue_codes");
      w.StartArray();
      for (const std::string& code : r.aws_issue_codes) WriteString(w, code);
      w.EndArray();
      w.Key("checks_aws_managed");
      w.Bool(r.checks_aws_managed);
      w.Key("doc");
      WriteString(w, r.doc_path());
      w.EndObject();
    }
    w.EndArray();
    io.out << buffer.GetString() << '\n';
    return;
  }
  for (const Rule* rule : AllRules()) {
    const RuleInfo& r = rule->info();
    io.out << fmt::format("{}  {:<44} {:<10} {}\n", r.code, r.name, SeverityName(r.severity), r.summary);
  }
}

}  // namespace

int RunLintCommand(const std::vector<std::string>& args, CommandIo& io) {
  LintOptions o;
  CLI::App app{"slim-lint: an offline static analyzer for AWS IAM policies, trust policies and `aws iam` scripts",
               "slim-lint"};
  app.add_option("paths", o.paths, "Files and directories to lint; '-' reads standard input (default: .)");
  app.add_option("-f,--format", o.format, "Output format: " + std::string(ReporterFormats()));
  app.add_option("-o,--output", o.output, "Write the report to FILE instead of standard output");
  app.add_option("--fail-on", o.fail_on, "Exit 1 when a finding is at or above: error, security, warning, suggestion, none");
  app.add_option("--severity", o.show_severity, "Show only findings at or above this severity");
  app.add_option("--remediation", o.remediation, "Show fixes as AWS CLI commands (cli), boto3 code (sdk) or not (none)");
  app.add_option("--type", o.type, "Treat every document as: auto, identity, trust, resource, scp, rcp");
  app.add_option("--select", o.select, "Only run these rules (codes, names or globs such as SL3*; comma-separated)")->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--ignore", o.ignore, "Do not run these rules (comma-separated)")->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--account", o.account, "The 12-digit AWS account the scripts deploy to (used in fixes)");
  app.add_option("--known-account", o.known_accounts, "An account ID that is yours (cross-account trust is not reported)")->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--catalog", o.catalog_dir, "Read the AWS catalog from DIR instead of the built-in copy");
  app.add_option("-j,--jobs", o.jobs, "Worker threads (default: one per core)");
  app.add_option("--color", o.color, "Color output: auto, always, never (NO_COLOR is honored)");
  app.add_flag("-q,--quiet", o.quiet, "Print only the finding lines");
  app.add_flag("--fix", o.fix, "Apply safe fixes to the files (atomically; formatting outside each edit is kept)");
  app.add_flag("--unsafe-fixes", o.unsafe_fixes, "With --fix or --diff, also apply fixes that change behavior");
  app.add_flag("--diff", o.diff, "Print the fixes as a unified diff instead of writing them");
  app.add_flag("--list-rules", o.list_rules, "List every rule and exit");
  app.add_flag("-V,--version", o.version, "Print the version and exit");
  app.footer("Subcommands: slim-lint rule CODE prints a rule's documentation.\nExit status: 0 clean, 1 findings at or above --fail-on, 2 usage error or unreadable input.");

  std::vector<const char*> argv{"slim-lint"};
  for (const std::string& a : args) argv.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::CallForHelp&) {
    io.out << app.help();
    return 0;
  } catch (const CLI::ParseError& e) {
    return UsageError(io, std::string(e.what()) + " (see slim-lint --help)");
  }

  if (o.version) {
    io.out << "slim-lint " SLIM_VERSION "\n";
    return 0;
  }
  if (o.list_rules) {
    ListRules(io, o.format == "json");
    return 0;
  }

  std::optional<Severity> gate;
  if (o.fail_on != "none") {
    gate = ParseSeverity(o.fail_on);
    if (!gate) return UsageError(io, "--fail-on takes error, security, warning, suggestion or none, not '" + o.fail_on + "'");
  }
  auto show = ParseSeverity(o.show_severity);
  if (!show) return UsageError(io, "--severity takes error, security, warning or suggestion, not '" + o.show_severity + "'");

  ReportOptions report;
  if (o.remediation == "cli") report.remediation = RemediationMode::kCli;
  else if (o.remediation == "sdk") report.remediation = RemediationMode::kSdk;
  else if (o.remediation == "none") report.remediation = RemediationMode::kNone;
  else return UsageError(io, "--remediation takes cli, sdk or none, not '" + o.remediation + "'");
  report.quiet = o.quiet;

  LintRequest request;
  request.paths = o.paths.empty() ? std::vector<std::string>{"."} : o.paths;
  if (o.type != "auto") {
    request.forced_type = ParsePolicyType(o.type);
    if (!request.forced_type) return UsageError(io, "--type takes auto, identity, trust, resource, scp or rcp, not '" + o.type + "'");
  }
  if (!o.account.empty()) {
    if (o.account.size() != 12 || o.account.find_first_not_of("0123456789") != std::string::npos) {
      return UsageError(io, "--account takes a 12-digit AWS account ID, not '" + o.account + "'");
    }
    request.settings.account_id = o.account;
  }
  request.settings.known_accounts = SplitCommas(o.known_accounts);
  request.jobs = o.jobs;

  RuleSelection selection;
  if (!o.select.empty()) {
    if (auto applied = selection.Apply(SplitCommas(o.select)); !applied) return UsageError(io, applied.error().message);
  }
  if (!o.ignore.empty()) {
    std::vector<std::string> removals;
    for (const std::string& code : SplitCommas(o.ignore)) removals.push_back("-" + code);
    if (auto applied = selection.Apply(removals); !applied) return UsageError(io, applied.error().message);
  }
  request.selection = &selection;

  std::unique_ptr<Catalog> loaded_catalog;
  if (!o.catalog_dir.empty()) {
    auto loaded = Catalog::LoadFromDirectory(o.catalog_dir);
    if (!loaded.ok()) return UsageError(io, "--catalog: " + loaded.error().ToString());
    loaded_catalog = std::move(loaded.value());
  }
  request.catalog = loaded_catalog ? loaded_catalog.get() : &Catalog::Embedded();

  std::ofstream file_out;
  std::ostream* out = &io.out;
  bool terminal = io.out_is_terminal;
  if (!o.output.empty()) {
    file_out.open(o.output, std::ios::binary | std::ios::trunc);
    if (!file_out) return UsageError(io, "cannot write " + o.output);
    out = &file_out;
    terminal = false;
  }
  if (o.color == "always") report.color = true;
  else if (o.color == "never") report.color = false;
  else if (o.color == "auto") report.color = terminal && !std::getenv("NO_COLOR");
  else return UsageError(io, "--color takes auto, always or never, not '" + o.color + "'");

  auto reporter = MakeReporter(o.format, *out, io.err, report);
  if (!reporter) return UsageError(io, "unknown --format '" + o.format + "' (use " + std::string(ReporterFormats()) + ")");

  ReportingConsumer consumer(*reporter, *show, gate, io.err, o.format != "text");
  if (o.unsafe_fixes && !o.fix && !o.diff) return UsageError(io, "--unsafe-fixes needs --fix or --diff");
  if (o.diff) {
    // The diff is the output, as with `ruff --diff`: exit 1 when there is something to apply.
    DiscardingConsumer discard(io.err);
    FixStage differ(discard, {false, o.unsafe_fixes, true}, *out, io.err);
    RunLint(request, differ);
    if (discard.input_errors) return static_cast<int>(ExitStatus::kUsage);
    return static_cast<int>(differ.diffs() ? ExitStatus::kFindings : ExitStatus::kClean);
  }
  FixStage fixer(consumer, {o.fix, o.unsafe_fixes, false}, *out, io.err);
  reporter->Begin();
  LintStats stats = o.fix ? RunLint(request, fixer) : RunLint(request, consumer);
  consumer.summary.files = stats.files;
  consumer.summary.fixed = fixer.fixed();
  reporter->End(consumer.summary);
  out->flush();
  if (consumer.summary.input_errors > 0) return static_cast<int>(ExitStatus::kUsage);
  return static_cast<int>(consumer.failed ? ExitStatus::kFindings : ExitStatus::kClean);
}

}  // namespace slim
