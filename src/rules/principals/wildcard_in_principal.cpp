// SL2011 wildcard-in-principal: '*' or '?' inside a principal value. IAM does not match
// principals by pattern: "arn:aws:iam::*:role/x" is rejected, and only a lone "*" under AWS
// means everyone. Use a condition on aws:PrincipalArn with ArnLike for patterns.
#include "rules/principals/principals.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

class WildcardInPrincipal final : public Rule {
 public:
  WildcardInPrincipal()
      : Rule({"SL2011", "wildcard-in-principal", Severity::kError,
              "a wildcard inside a principal value (only a lone \"*\" under AWS is allowed)",
              {"UNSUPPORTED_WILDCARD_IN_PRINCIPAL"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const PrincipalElement* p : {&s.principal, &s.not_principal}) {
        for (const PrincipalEntry& entry : p->entries) {
          for (const JsonValue* value : entry.values) {
            const std::string& text = value->text();
            if (!HasWildcard(text) || (text == "*" && entry.member->key == "AWS")) continue;
            std::string message = "\"" + text + "\" under \"" + entry.member->key + "\" is not a pattern IAM accepts";
            if (entry.member->key == "AWS") message += "; use \"*\" with an ArnLike condition on aws:PrincipalArn";
            Finding& f = check.Report(*value, std::move(message));
            f.aws_issue_code = "UNSUPPORTED_WILDCARD_IN_PRINCIPAL";
          }
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeWildcardInPrincipal() { return std::make_unique<WildcardInPrincipal>(); }

}  // namespace slim
