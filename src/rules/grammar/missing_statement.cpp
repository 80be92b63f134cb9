// SL1006 missing-statement: a policy without statements grants and denies nothing, and IAM
// rejects it.
#include "rules/grammar/grammar.h"
#include "engine/check.h"

namespace slim {
namespace {

class MissingStatement final : public Rule {
 public:
  MissingStatement()
      : Rule({"SL1006", "missing-statement", Severity::kError, "the policy has no Statement, or an empty one",
              {"MISSING_STATEMENT"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    const Policy& policy = check.document.policy;
    if (!policy.root) return;
    if (!policy.statement) {
      Finding& f = check.ReportSpan({policy.root->span().begin, policy.root->span().begin + 1},
                                    "the policy has no \"Statement\" element", "");
      f.aws_issue_code = "MISSING_STATEMENT";
    } else if (policy.statement->value.is_array() && policy.statement->value.items().empty()) {
      Finding& f = check.Report(policy.statement->value, "\"Statement\" is an empty array");
      f.aws_issue_code = "MISSING_STATEMENT";
    }
  }
};

}  // namespace

RulePtr MakeMissingStatement() { return std::make_unique<MissingStatement>(); }

}  // namespace slim
