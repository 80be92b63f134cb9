// Baselines: adopt the findings a project has today and fail only on new ones.
// --write-baseline FILE records every finding's fingerprint (see core/fingerprint.h: it
// survives moved lines and reformatting); --baseline FILE drops the findings it records. An
// entry that no longer matches anything is SL9001, so fixed findings leave the baseline.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/result.h"
#include "engine/lint_run.h"

namespace slim {

class RuleSelection;

class BaselineWriter final : public LintConsumer {
 public:
  void OnInputError(const Error&) override {}
  void OnFindings(std::vector<Finding> findings) override;
  Result<bool> Write(const std::filesystem::path& path) const;
  size_t count() const { return entries_.size(); }

 private:
  struct Entry {
    std::string fingerprint, rule, path, message;
  };
  std::vector<Entry> entries_;
};

class BaselineStage final : public LintConsumer {
 public:
  static Result<std::unique_ptr<BaselineStage>> Load(const std::filesystem::path& path, LintConsumer& next,
                                                     const RuleSelection& selection);

  void OnInputError(const Error& error) override { next_.OnInputError(error); }
  void OnScript(const ScriptInput& script) override { next_.OnScript(script); }
  void OnInputs(const RunInputs& inputs) override;
  void OnFindings(std::vector<Finding> findings) override;
  // Reports baseline entries that matched nothing (SL9001); call once after the run.
  void Finish();
  size_t baselined() const { return baselined_; }

 private:
  struct Entry {
    std::string rule, path;
    ByteSpan span;
    bool used = false;
  };
  BaselineStage(LintConsumer& next, const RuleSelection& selection) : next_(next), selection_(selection) {}

  LintConsumer& next_;
  const RuleSelection& selection_;
  SourceFilePtr file_;
  std::multimap<std::string, Entry> entries_;  // by fingerprint
  std::set<std::string, std::less<>> linted_;  // entries for other files are not judged
  size_t baselined_ = 0;
};

}  // namespace slim
