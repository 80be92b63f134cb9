// SL1007 missing-effect: every statement needs "Effect": "Allow" or "Deny".
#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class MissingEffect final : public Rule {
 public:
  MissingEffect() : Rule({"SL1007", "missing-effect", Severity::kError, "a statement has no Effect", {"MISSING_EFFECT"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (s.effect_member) continue;
      Finding& f = check.ReportSpan({s.node->span().begin, s.node->span().begin + 1},
                                    StatementLabel(s) + " has no \"Effect\" (\"Allow\" or \"Deny\")", s.pointer);
      f.aws_issue_code = "MISSING_EFFECT";
    }
  }
};

}  // namespace

RulePtr MakeMissingEffect() { return std::make_unique<MissingEffect>(); }

}  // namespace slim
