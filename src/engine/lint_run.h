// One lint run: finds the inputs, builds the role model of each group of linked scripts, runs
// every enabled rule, and hands findings to a consumer file by file in path order. Groups and
// the files no script uses are analyzed in parallel and streamed, so memory stays flat on
// large trees.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/finding.h"
#include "core/result.h"
#include "inputs/input_files.h"
#include "inputs/script_input.h"
#include "model/policy_type.h"
#include "engine/settings.h"

namespace slim {

class Catalog;
class RuleSelection;

struct LintRequest {
  std::vector<std::string> paths;          // files, directories, "-" for stdin
  std::optional<PolicyType> forced_type;   // --type
  AnalysisSettings settings;
  const RuleSelection* selection = nullptr;
  const Catalog* catalog = nullptr;
  unsigned jobs = 0;                       // 0: one per core
  ReadLimits limits;
};

// What a run reads: every input's display path and whether it was given a directory. Stages
// that report unused suppressions use it so that linting a few files (as pre-commit does) does
// not call the suppressions for other files unused.
struct RunInputs {
  std::vector<std::string> files;
  bool has_directory = false;
};

class LintConsumer {
 public:
  virtual ~LintConsumer() = default;
  // An input that could not be read (exit status 2).
  virtual void OnInputError(const Error& error) = 0;
  // The findings located in one file, sorted; called once per file with findings, in path order.
  virtual void OnFindings(std::vector<Finding> findings) = 0;
  // Every script or Markdown page read, before any finding in it (suppression comments live there).
  virtual void OnScript(const ScriptInput& script) { (void)script; }
  // The inputs, once, before anything else.
  virtual void OnInputs(const RunInputs& inputs) { (void)inputs; }
};

struct LintStats {
  size_t files = 0;   // inputs read
  size_t bytes = 0;
  size_t documents = 0;
  size_t input_errors = 0;
};

LintStats RunLint(const LintRequest& request, LintConsumer& consumer);

}  // namespace slim
