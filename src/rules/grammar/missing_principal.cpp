// SL1011 missing-principal: trust and resource policies say who they grant to; a statement
// without Principal or NotPrincipal is rejected.
#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class MissingPrincipal final : public Rule {
 public:
  MissingPrincipal()
      : Rule({"SL1011", "missing-principal", Severity::kError,
              "a trust or resource policy statement has no Principal", {"MISSING_PRINCIPAL"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    PolicyType type = check.type();
    if (type != PolicyType::kTrust && type != PolicyType::kResource) return;
    for (const Statement& s : check.document.policy.statements) {
      if (s.principal.present() || s.not_principal.present()) continue;
      Finding& f = check.ReportSpan({s.node->span().begin, s.node->span().begin + 1},
                                    StatementLabel(s) + " of this " + std::string(TypeNoun(type)) + " has no \"Principal\"",
                                    s.pointer);
      f.aws_issue_code = "MISSING_PRINCIPAL";
    }
  }
};

}  // namespace

RulePtr MakeMissingPrincipal() { return std::make_unique<MissingPrincipal>(); }

}  // namespace slim
