// `slim-lint plan PATH...`: one script that carries out every finding's AWS commands, in a safe
// order (see docs/plan.md). The lint run is the usual one, suppressions and baseline included,
// so the plan fixes exactly what `slim-lint PATH...` reports.
#include <CLI/CLI.hpp>

#include <fstream>
#include <sstream>

#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/parse_arguments.h"
#include "cli/subcommands.h"
#include "config/config.h"
#include "engine/baseline.h"
#include "engine/lint_run.h"
#include "engine/registry.h"
#include "engine/suppression_stage.h"
#include "remediation/plan.h"

namespace slim {
namespace {

struct PlanOptions {
  std::vector<std::string> paths;
  std::string remediation = "cli";
  std::string output;
  std::string account;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string config_path;
  std::string baseline;
  bool no_config = false;
  unsigned jobs = 0;
};

// Keeps every finding of the run, for the plan.
class CollectingConsumer final : public LintConsumer {
 public:
  explicit CollectingConsumer(std::ostream& err) : err_(err) {}
  void OnInputError(const Error& error) override {
    err_ << "slim-lint: error: " << error.ToString() << '\n';
    ++input_errors;
  }
  void OnFindings(std::vector<Finding> batch) override {
    for (Finding& f : batch) findings.push_back(std::move(f));
  }
  std::vector<Finding> findings;
  size_t input_errors = 0;

 private:
  std::ostream& err_;
};

int Usage(CommandIo& io, const std::string& message) {
  io.err << "slim-lint: error: " << message << " (see slim-lint plan --help)\n";
  return static_cast<int>(ExitStatus::kUsage);
}

std::optional<std::string> ReadDocument(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

int RunPlanCommand(const std::vector<std::string>& args, CommandIo& io) {
  PlanOptions o;
  CLI::App app{"slim-lint plan: a script that applies every finding's AWS commands in a safe order", "slim-lint plan"};
  app.add_option("paths", o.paths, "Files and directories to lint (default: .)");
  app.add_option("--remediation", o.remediation, "The script's language: cli (bash with the AWS CLI) or sdk (Python with boto3)");
  app.add_option("-o,--output", o.output, "Write the script to FILE instead of standard output");
  app.add_option("--account", o.account, "The 12-digit AWS account the scripts deploy to (used in fixed documents)");
  app.add_option("--select", o.select, "Only plan the findings of these rules (comma-separated)")->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--ignore", o.ignore, "Do not plan the findings of these rules (comma-separated)")->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--config", o.config_path, "Read settings from FILE (default: the nearest .slim-lint.json)");
  app.add_flag("--no-config", o.no_config, "Ignore .slim-lint.json");
  app.add_option("--baseline", o.baseline, "Leave out the findings recorded in FILE");
  app.add_option("-j,--jobs", o.jobs, "Worker threads (default: one per core)");
  app.footer("The script is printed, never run. See docs/plan.md for its order and how to test it.");
  auto parse_error = [&](const std::string& what) { return Usage(io, what); };
  if (auto status = ParseArguments(app, "slim-lint plan", args, io, parse_error)) return *status;
  if (o.remediation != "cli" && o.remediation != "sdk") return Usage(io, "--remediation takes cli or sdk, not '" + o.remediation + "'");
  if (o.no_config && !o.config_path.empty()) return Usage(io, "--config and --no-config cannot be combined");

  Config config;
  if (!o.no_config) {
    std::optional<std::filesystem::path> path;
    if (!o.config_path.empty()) path = o.config_path;
    else path = FindConfig(std::filesystem::current_path());
    if (path) {
      auto loaded = LoadConfig(*path);
      if (!loaded.ok()) return Usage(io, loaded.error().ToString());
      config = std::move(loaded.value());
    }
  }

  LintRequest request;
  request.paths = o.paths.empty() ? std::vector<std::string>{"."} : o.paths;
  request.jobs = o.jobs;
  request.catalog = &Catalog::Embedded();
  std::string account = !o.account.empty() ? o.account : config.account.value_or("");
  if (!account.empty()) {
    if (account.size() != 12 || account.find_first_not_of("0123456789") != std::string::npos) {
      return Usage(io, "--account takes a 12-digit AWS account ID, not '" + account + "'");
    }
    request.settings.account_id = account;
  }
  request.settings.known_accounts = config.known_accounts;
  request.settings.rule_options = config.rule_options;
  RuleSelection selection;
  std::vector<std::string> select = o.select.empty() ? config.select : o.select;
  std::vector<std::string> removals;
  for (const std::string& code : config.ignore) removals.push_back("-" + code);
  for (const std::string& code : o.ignore) removals.push_back("-" + code);
  for (const auto& selectors : {select, removals}) {
    std::vector<std::string> split;
    for (const std::string& s : selectors) {
      std::stringstream in(s);
      for (std::string part; std::getline(in, part, ',');) {
        if (!part.empty()) split.push_back(part);
      }
    }
    if (split.empty()) continue;
    if (auto applied = selection.Apply(split); !applied) return Usage(io, applied.error().ToString());
  }
  request.selection = &selection;

  CollectingConsumer collected(io.err);
  std::unique_ptr<BaselineStage> baseline;
  if (!o.baseline.empty()) {
    auto loaded = BaselineStage::Load(o.baseline, collected, selection);
    if (!loaded.ok()) return Usage(io, loaded.error().ToString());
    baseline = std::move(loaded.value());
  }
  LintConsumer& after_suppressions = baseline ? static_cast<LintConsumer&>(*baseline) : collected;
  SuppressionStage suppressions(after_suppressions, config, selection);
  RunLint(request, suppressions);
  if (collected.input_errors) return static_cast<int>(ExitStatus::kUsage);
  // Batches arrive file by file in path order, each sorted: the plan's order is deterministic.
  Plan plan = BuildPlan(collected.findings, ReadDocument);
  std::string script = o.remediation == "sdk" ? RenderBoto3Plan(plan) : RenderBashPlan(plan);

  if (o.output.empty()) {
    io.out << script;
    return 0;
  }
  std::ofstream file(o.output, std::ios::binary | std::ios::trunc);
  if (!file || !(file << script) || !file.flush()) return Usage(io, "cannot write " + o.output);
  return 0;
}

}  // namespace slim
