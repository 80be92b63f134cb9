// `slim-lint [lint] PATH...`: the linter itself. Options come from the command line over
// .slim-lint.json; findings flow lint run -> suppressions -> baseline -> fixes -> reporter.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>

#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/consumers.h"
#include "cli/list_rules.h"
#include "cli/parse_arguments.h"
#include "cli/subcommands.h"
#include "config/config.h"
#include "config/did_you_mean.h"
#include "engine/baseline.h"
#include "engine/fix_stage.h"
#include "engine/lint_run.h"
#include "engine/registry.h"
#include "engine/suppression_stage.h"
#include "json/json_parser.h"
#include "model/policy.h"
#include "report/reporter.h"
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
  std::string config_path;
  std::string baseline;
  std::string write_baseline;
  std::string jobs = "0";
  bool no_config = false;
  bool quiet = false;
  bool fix = false;
  bool unsafe_fixes = false;
  bool diff = false;
  bool list_rules = false;
  bool version = false;
  bool skip_other_json = false;
};

int UsageError(CommandIo& io, const std::string& message) {
  io.err << "slim-lint: error: " << message << '\n';
  return static_cast<int>(ExitStatus::kUsage);
}

// "--fail-on takes error, security, ... or none, not 'securty' (did you mean 'security'?)".
int ChoiceError(CommandIo& io, std::string_view option, const std::vector<std::string>& choices, const std::string& value) {
  std::string list;
  for (size_t i = 0; i < choices.size(); ++i) list += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
  std::string best = ClosestName(value, choices);
  return UsageError(io, std::string(option) + " takes " + list + ", not '" + value + "'" +
                            (best.empty() ? "" : " (did you mean '" + best + "'?)"));
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

// "--fial-on" -> "unknown option --fial-on (did you mean --fail-on?)", before CLI11 turns it
// into a less helpful message about extra arguments.
std::optional<std::string> UnknownOption(const CLI::App& app, const std::vector<std::string>& args) {
  for (const std::string& arg : args) {
    if (arg == "--") break;
    if (!arg.starts_with("--")) continue;
    std::string name = arg.substr(0, arg.find('='));
    if (app.get_option_no_throw(name)) continue;
    std::string best;
    size_t best_distance = 3;
    for (const CLI::Option* option : app.get_options()) {
      for (const std::string& known : option->get_lnames()) {
        size_t distance = EditDistance(name.substr(2), known, best_distance);
        if (distance < best_distance) best_distance = distance, best = "--" + known;
      }
    }
    return "unknown option " + name + (best.empty() ? "" : " (did you mean " + best + "?)");
  }
  return std::nullopt;
}

// https://no-color.org: set and not empty. --color always still wins.
bool NoColor() {
  const char* value = std::getenv("NO_COLOR");
  return value && *value;
}

// "slim-lint rulee SL3003" would lint two missing files; say which subcommand was meant.
// (The names are cli.cpp's subcommands.)
std::optional<std::string> SubcommandTypo(const std::vector<std::string>& paths) {
  static const std::vector<std::string> kSubcommands = {"lint", "rule", "actions", "policy", "plan"};
  if (paths.empty() || paths[0] == "-") return std::nullopt;
  std::error_code ec;
  if (std::filesystem::exists(paths[0], ec)) return std::nullopt;
  std::string best = ClosestName(paths[0], kSubcommands);
  if (best.empty()) return std::nullopt;
  std::string rest;
  for (size_t i = 1; i < paths.size(); ++i) rest += " " + paths[i];
  return "'" + paths[0] + "' is no file or directory; did you mean the subcommand: slim-lint " + best + rest + "?";
}

// For --skip-other-json: drops the named .json files that parse and are not policies
// (package.json, .slim-lint.json, a baseline), as a directory walk skips them. pre-commit names
// every staged file, so without this a commit touching package.json would fail the hook.
// Files that do not parse are kept: a broken policy must still be reported.
std::vector<std::string> WithoutOtherJson(const std::vector<std::string>& paths) {
  std::vector<std::string> kept;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != "-" && EndsWith(ToLower(path), ".json") && std::filesystem::is_regular_file(path, ec)) {
      std::ifstream in(path, std::ios::binary);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      JsonParseResult parsed = ParseJson(text);
      if (in && !parsed.error && parsed.root && !LooksLikePolicy(*parsed.root)) continue;
    }
    kept.push_back(path);
  }
  return kept;
}

void DefineOptions(CLI::App& app, LintOptions& o) {
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
  app.add_option("--config", o.config_path, "Read settings from FILE (default: the nearest .slim-lint.json up to the repository root)");
  app.add_flag("--no-config", o.no_config, "Ignore .slim-lint.json");
  app.add_flag("--skip-other-json", o.skip_other_json,
               "Skip named .json files that are not IAM policies (package.json, .slim-lint.json), as a directory walk does; for pre-commit");
  app.add_option("--baseline", o.baseline, "Do not report the findings recorded in FILE (see --write-baseline)");
  app.add_option("--write-baseline", o.write_baseline, "Record every current finding in FILE and exit 0");
  app.add_option("--catalog", o.catalog_dir, "Read the AWS catalog from DIR instead of the built-in copy");
  app.add_option("-j,--jobs", o.jobs, "Worker threads (default 0: one per core)");
  app.add_option("--color", o.color, "Color output: auto, always, never (NO_COLOR is honored)");
  app.add_flag("-q,--quiet", o.quiet, "Print only the finding lines");
  app.add_flag("--fix", o.fix, "Apply safe fixes to the files (atomically; formatting outside each edit is kept)");
  app.add_flag("--unsafe-fixes", o.unsafe_fixes, "With --fix or --diff, also apply fixes that change behavior");
  app.add_flag("--diff", o.diff, "Print the fixes as a unified diff instead of writing them");
  app.add_flag("--list-rules", o.list_rules, "List every rule and exit");
  app.add_flag("-V,--version", o.version, "Print the version and exit");
  app.footer(
      "Subcommands: rule CODE (a rule's documentation), actions PATTERN (what an action pattern matches), "
      "policy (AWS managed policies), plan PATH (a script that fixes the findings).\n"
      "Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage error or unreadable input.");
}

// The config file's settings, under what the command line set explicitly.
Result<Config> LoadProjectConfig(const LintOptions& o) {
  if (o.no_config) return Config{};
  std::optional<std::filesystem::path> path;
  if (!o.config_path.empty()) path = o.config_path;
  else path = FindConfig(std::filesystem::current_path());
  if (!path) return Config{};
  return LoadConfig(*path);
}

Result<bool> ApplySettings(const CLI::App& app, const LintOptions& o, const Config& config, LintRequest& request,
                           RuleSelection& selection, std::string& fail_on) {
  if (app.count("--fail-on") == 0 && config.fail_on) fail_on = *config.fail_on;
  std::string account = !o.account.empty() ? o.account : config.account.value_or("");
  if (!account.empty()) {
    if (account.size() != 12 || account.find_first_not_of("0123456789") != std::string::npos) {
      return Error{"--account takes a 12-digit AWS account ID, not '" + account + "'"};
    }
    request.settings.account_id = account;
  }
  request.settings.known_accounts = config.known_accounts;
  for (std::string& known : SplitCommas(o.known_accounts)) request.settings.known_accounts.push_back(std::move(known));
  request.settings.rule_options = config.rule_options;

  // --select replaces the config's selection; ignores add up.
  std::vector<std::string> select = o.select.empty() ? config.select : SplitCommas(o.select);
  if (!select.empty()) {
    if (auto applied = selection.Apply(select); !applied) return applied.error();
  }
  std::vector<std::string> removals;
  for (const std::string& code : config.ignore) removals.push_back("-" + code);
  for (const std::string& code : SplitCommas(o.ignore)) removals.push_back("-" + code);
  if (auto applied = selection.Apply(removals); !applied) return applied.error();
  for (const auto& [selector, severity] : config.severity) {
    if (auto applied = selection.OverrideSeverity(selector, severity); !applied) return applied.error();
  }
  return true;
}

}  // namespace

int RunLintCommand(const std::vector<std::string>& args, CommandIo& io) {
  LintOptions o;
  CLI::App app{"slim-lint: an offline static analyzer for AWS IAM policies, trust policies and `aws iam` scripts",
               "slim-lint"};
  DefineOptions(app, o);
  if (auto unknown = UnknownOption(app, args)) return UsageError(io, *unknown + " (see slim-lint --help)");
  auto parse_error = [&](const std::string& what) { return UsageError(io, what + " (see slim-lint --help)"); };
  if (auto status = ParseArguments(app, "slim-lint", args, io, parse_error)) return *status;

  if (o.version) {
    io.out << "slim-lint " SLIM_VERSION "\n";
    return 0;
  }
  if (o.list_rules) {
    if (o.format != "text" && o.format != "json") {
      return UsageError(io, "--list-rules prints a table, or JSON with --format json; not --format " + o.format);
    }
    ListRules(io.out, o.format == "json");
    return 0;
  }
  if (auto hint = SubcommandTypo(o.paths)) return UsageError(io, *hint);

  if (o.no_config && !o.config_path.empty()) return UsageError(io, "--config and --no-config cannot be combined");
  auto config = LoadProjectConfig(o);
  if (!config.ok()) return UsageError(io, config.error().ToString());

  LintRequest request;
  request.paths = o.paths.empty() ? std::vector<std::string>{"."} : o.paths;
  // Every path may go (a commit of package.json only): the run then reads nothing.
  if (o.skip_other_json) request.paths = WithoutOtherJson(request.paths);
  // At most 256 threads: more cannot help, and a typo such as -j 40000 must not start them.
  if (o.jobs.empty() || o.jobs.size() > 3 || o.jobs.find_first_not_of("0123456789") != std::string::npos || std::stoul(o.jobs) > 256) {
    return UsageError(io, "--jobs takes a number of worker threads from 0 (one per core) to 256, not '" + o.jobs + "'; e.g. -j 4");
  }
  request.jobs = static_cast<unsigned>(std::stoul(o.jobs));
  if (o.type != "auto") {
    request.forced_type = ParsePolicyType(o.type);
    if (!request.forced_type) return ChoiceError(io, "--type", {"auto", "identity", "trust", "resource", "scp", "rcp"}, o.type);
  }
  RuleSelection selection;
  std::string fail_on = o.fail_on;
  if (auto applied = ApplySettings(app, o, *config, request, selection, fail_on); !applied) {
    return UsageError(io, applied.error().ToString());
  }
  request.selection = &selection;

  std::optional<Severity> gate;
  if (fail_on != "none") {
    gate = ParseSeverity(fail_on);
    if (!gate) return ChoiceError(io, "--fail-on", {"error", "security", "warning", "suggestion", "none"}, fail_on);
  }
  auto show = ParseSeverity(o.show_severity);
  if (!show) return ChoiceError(io, "--severity", {"error", "security", "warning", "suggestion"}, o.show_severity);

  ReportOptions report;
  if (o.remediation == "cli") report.remediation = RemediationMode::kCli;
  else if (o.remediation == "sdk") report.remediation = RemediationMode::kSdk;
  else if (o.remediation == "none") report.remediation = RemediationMode::kNone;
  else return ChoiceError(io, "--remediation", {"cli", "sdk", "none"}, o.remediation);
  report.quiet = o.quiet;
  if (o.unsafe_fixes && !o.fix && !o.diff) return UsageError(io, "--unsafe-fixes needs --fix or --diff");
  if (!o.write_baseline.empty() && (o.fix || o.diff)) return UsageError(io, "--write-baseline cannot be combined with --fix or --diff");

  std::unique_ptr<Catalog> loaded_catalog;
  if (!o.catalog_dir.empty()) {
    auto loaded = Catalog::LoadFromDirectory(o.catalog_dir);
    if (!loaded.ok()) return UsageError(io, "--catalog: " + loaded.error().ToString());
    loaded_catalog = std::move(loaded.value());
  }
  request.catalog = loaded_catalog ? loaded_catalog.get() : &Catalog::Embedded();

  if (!o.write_baseline.empty()) {
    // The baseline records what the project accepts today: everything not already suppressed.
    BaselineWriter writer;
    SuppressionStage suppressions(writer, *config, selection);
    LintStats stats = RunLint(request, suppressions);
    if (stats.input_errors) return static_cast<int>(ExitStatus::kUsage);
    if (auto written = writer.Write(o.write_baseline); !written) return UsageError(io, written.error().ToString());
    io.err << "slim-lint: recorded " << writer.count() << " finding" << (writer.count() == 1 ? "" : "s") << " in "
           << o.write_baseline << '\n';
    return static_cast<int>(ExitStatus::kClean);
  }

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
  else if (o.color == "auto") report.color = terminal && !NoColor();
  else return ChoiceError(io, "--color", {"auto", "always", "never"}, o.color);

  auto reporter = MakeReporter(o.format, *out, io.err, report);
  if (!reporter) {
    std::vector<std::string> formats;
    for (std::string_view f : Split(ReporterFormats(), ',')) formats.emplace_back(Trim(f));
    return ChoiceError(io, "--format", formats, o.format);
  }

  if (o.diff) {
    // The diff is the output, as with `ruff --diff`: exit 1 when there is something to apply.
    DiscardingConsumer discard(io.err);
    FixStage differ(discard, {false, o.unsafe_fixes, true}, *out, io.err);
    SuppressionStage suppressions(differ, *config, selection);
    RunLint(request, suppressions);
    if (discard.input_errors) return static_cast<int>(ExitStatus::kUsage);
    return static_cast<int>(differ.diffs() ? ExitStatus::kFindings : ExitStatus::kClean);
  }

  ReportingConsumer consumer(*reporter, *show, gate, io.err, o.format != "text");
  FixStage fixer(consumer, {o.fix, o.unsafe_fixes, false}, *out, io.err);
  LintConsumer& after_baseline = o.fix ? static_cast<LintConsumer&>(fixer) : consumer;
  std::unique_ptr<BaselineStage> baseline;
  if (!o.baseline.empty()) {
    auto loaded = BaselineStage::Load(o.baseline, after_baseline, selection);
    if (!loaded.ok()) return UsageError(io, loaded.error().ToString());
    baseline = std::move(loaded.value());
  }
  LintConsumer& after_suppressions = baseline ? static_cast<LintConsumer&>(*baseline) : after_baseline;
  SuppressionStage suppressions(after_suppressions, *config, selection);

  reporter->Begin();
  LintStats stats = RunLint(request, suppressions);
  suppressions.Finish();
  if (baseline) baseline->Finish();
  consumer.summary.files = stats.files;
  consumer.summary.fixed = fixer.fixed();
  consumer.summary.suppressed = suppressions.suppressed();
  consumer.summary.baselined = baseline ? baseline->baselined() : 0;
  reporter->End(consumer.summary);
  out->flush();
  if (consumer.hidden_failing > 0 && !o.quiet) {
    io.err << "slim-lint: " << consumer.hidden_failing << " finding" << (consumer.hidden_failing == 1 ? "" : "s")
           << " below --severity " << o.show_severity << " reached --fail-on " << fail_on
           << " and failed the run; run with --severity " << fail_on << " to see them\n";
  }
  if (consumer.summary.input_errors > 0) return static_cast<int>(ExitStatus::kUsage);
  return static_cast<int>(consumer.failed ? ExitStatus::kFindings : ExitStatus::kClean);
}

}  // namespace slim
