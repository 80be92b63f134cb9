// SL1010 missing-resource: identity and resource policy statements need Resource or
// NotResource (trust policies must not have one, see SL2012).
#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class MissingResource final : public Rule {
 public:
  MissingResource()
      : Rule({"SL1010", "missing-resource", Severity::kError,
              "an identity or resource policy statement has neither Resource nor NotResource", {"MISSING_RESOURCE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    PolicyType type = check.type();
    if (type != PolicyType::kIdentity && type != PolicyType::kResource) return;
    for (const Statement& s : check.document.policy.statements) {
      if (s.resource.present() || s.not_resource.present()) continue;
      Finding& f = check.ReportSpan({s.node->span().begin, s.node->span().begin + 1},
                                    StatementLabel(s) + " has neither \"Resource\" nor \"NotResource\"", s.pointer);
      f.aws_issue_code = "MISSING_RESOURCE";
    }
  }
};

}  // namespace

RulePtr MakeMissingResource() { return std::make_unique<MissingResource>(); }

}  // namespace slim
