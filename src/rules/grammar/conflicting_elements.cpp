// SL1013 conflicting-elements: Action with NotAction, Resource with NotResource, or Principal
// with NotPrincipal in one statement; IAM accepts only one of each pair.
#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class ConflictingElements final : public Rule {
 public:
  ConflictingElements()
      : Rule({"SL1013", "conflicting-elements", Severity::kError,
              "a statement has both an element and its Not- form (e.g. Action and NotAction)",
              {"UNSUPPORTED_ELEMENT_COMBINATION"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      Pair(check, s, s.action.member, s.not_action.member);
      Pair(check, s, s.resource.member, s.not_resource.member);
      Pair(check, s, s.principal.member, s.not_principal.member);
    }
  }

 private:
  static void Pair(const DocumentCheck& check, const Statement& s, const JsonMember* positive, const JsonMember* negative) {
    if (!positive || !negative) return;
    Finding& f = check.ReportKey(*negative, StatementLabel(s) + " has both \"" + positive->key + "\" and \"" + negative->key +
                                                "\"; a statement may use only one of them");
    f.aws_issue_code = "UNSUPPORTED_ELEMENT_COMBINATION";
    f.related.push_back({check.document.LocationOf(positive->key_span), "\"" + positive->key + "\" is here"});
  }
};

}  // namespace

RulePtr MakeConflictingElements() { return std::make_unique<ConflictingElements>(); }

}  // namespace slim
