// --fix, --unsafe-fixes and --diff: a stage between the lint run and the reporter that applies
// (or shows) the fixes of each file's findings and passes on only what remains.
#pragma once

#include <ostream>

#include "engine/lint_run.h"

namespace slim {

struct FixOptions {
  bool apply = false;   // --fix: write the files
  bool unsafe = false;  // --unsafe-fixes: unsafe fixes too
  bool diff = false;    // --diff: print the changes instead of writing them
};

class FixStage final : public LintConsumer {
 public:
  FixStage(LintConsumer& next, FixOptions options, std::ostream& diff_out, std::ostream& err)
      : next_(next), options_(options), diff_out_(diff_out), err_(err) {}

  void OnInputError(const Error& error) override { next_.OnInputError(error); }
  void OnScript(const ScriptInput& script) override { next_.OnScript(script); }
  void OnInputs(const RunInputs& inputs) override { next_.OnInputs(inputs); }
  void OnFindings(std::vector<Finding> findings) override;

  size_t fixed() const { return fixed_; }
  size_t failed() const { return failed_; }
  size_t diffs() const { return diffs_; }

 private:
  bool Wanted(const Fix& fix) const;

  LintConsumer& next_;
  FixOptions options_;
  std::ostream& diff_out_;
  std::ostream& err_;
  size_t fixed_ = 0;
  size_t failed_ = 0;
  size_t diffs_ = 0;
};

}  // namespace slim
