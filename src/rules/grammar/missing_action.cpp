// SL1009 missing-action: a statement with neither Action nor NotAction; IAM rejects it.
#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class MissingAction final : public Rule {
 public:
  MissingAction()
      : Rule({"SL1009", "missing-action", Severity::kError, "a statement has neither Action nor NotAction",
              {"MISSING_ACTION"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (s.action.present() || s.not_action.present()) continue;
      Finding& f = check.ReportSpan({s.node->span().begin, s.node->span().begin + 1},
                                    StatementLabel(s) + " has neither \"Action\" nor \"NotAction\"", s.pointer);
      f.aws_issue_code = "MISSING_ACTION";
    }
  }
};

}  // namespace

RulePtr MakeMissingAction() { return std::make_unique<MissingAction>(); }

}  // namespace slim
