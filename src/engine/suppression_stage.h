// Suppressions: `# slim-lint: ignore SL5003,SL4001 -- reason` on the line above a command in a
// shell script or Markdown shell block (or at the end of the command's line), and the
// `ignores` entries of .slim-lint.json (rule, path glob, optional Sid or JSON pointer,
// reason). IAM JSON cannot carry comments, so JSON documents are suppressed from the config
// only. A reason is required: a comment without one suppresses nothing. A suppression that
// matches nothing, names no rule or has no reason is reported as SL9001 at the end of the run.
#pragma once

#include <map>
#include <memory>
#include <vector>

#include "config/config.h"
#include "engine/lint_run.h"

namespace slim {

class RuleSelection;

class SuppressionStage final : public LintConsumer {
 public:
  SuppressionStage(LintConsumer& next, const Config& config, const RuleSelection& selection);
  ~SuppressionStage() override;

  void OnInputError(const Error& error) override { next_.OnInputError(error); }
  void OnScript(const ScriptInput& script) override;
  void OnInputs(const RunInputs& inputs) override;
  void OnFindings(std::vector<Finding> findings) override;
  // Reports the suppressions that matched nothing or cannot apply (SL9001); call once after
  // the run.
  void Finish();

  size_t suppressed() const { return suppressed_; }

 private:
  struct Directive;
  bool Suppressed(const Finding& finding);
  bool AnyEnabled(const std::vector<std::string>& selectors) const;
  // Whether an ignore entry's path glob names `path` (a path as findings print it).
  bool PathMatches(const IgnoreEntry& entry, const std::string& path) const;

  LintConsumer& next_;
  const Config& config_;
  const RuleSelection& selection_;
  std::map<std::string, std::vector<Directive>> directives_;  // by script path
  std::vector<bool> config_used_;
  RunInputs inputs_;
  size_t suppressed_ = 0;
};

}  // namespace slim
