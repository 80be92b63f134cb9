// SL8001 missing-policy-file: a script passes file://PATH (or fileb://) to an aws command and
// PATH does not exist. The command fails when the script runs, often half-way through a
// set-up. A path built from a variable the script never sets cannot be checked and is left alone.
#include "rules/scripts/scripts.h"
#include "engine/check.h"
#include "rules/support/command_util.h"

namespace slim {
namespace {

class MissingPolicyFile final : public Rule {
 public:
  MissingPolicyFile()
      : Rule({"SL8001", "missing-policy-file", Severity::kError, "a script references a file:// path that does not exist", {}}) {}

  void CheckCommand(const CommandCheck& check) const override {
    if (!check.model) return;
    for (const FileReference& reference : check.model->file_references()) {
      if (reference.command != &check.command || !reference.error) continue;
      Finding& f = check.Report(reference.word->span, "cannot read " + reference.scheme + reference.written + ": " + reference.error->message);
      f.principal = CommandPrincipal(check);
      f.remediation.summary = "correct the path, or add the missing policy document";
    }
  }
};

}  // namespace

RulePtr MakeMissingPolicyFile() { return std::make_unique<MissingPolicyFile>(); }

}  // namespace slim
