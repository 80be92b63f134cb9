// SL3015 arn-account-not-allowed: an account ID in the ARN of a resource type whose ARNs have
// none (S3 buckets and objects, API Gateway, Route 53 hosted zones): the ARN names no resource
// that can exist.
#include "engine/check.h"
#include "rules/resources/arn_analysis.h"
#include "rules/resources/resources.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class ArnAccountNotAllowed final : public Rule {
 public:
  ArnAccountNotAllowed()
      : Rule({"SL3015", "arn-account-not-allowed", Severity::kError, "an account ID in an ARN whose resource type has none",
              {"ARN_ACCOUNT_NOT_ALLOWED"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const StringListElement* e : {&s.resource, &s.not_resource}) {
        for (const JsonValue* value : e->values) CheckOne(check, *value);
      }
    }
  }

 private:
  static void CheckOne(const DocumentCheck& check, const JsonValue& node) {
    const std::string& text = node.text();
    auto a = FindArnProblem(check.catalog, text, AccountNotAllowed);
    if (!a) return;
    std::string account(a->fields.account());
    ArnFieldSpan account_span = FieldSpan(check.document, node, a->fields, ArnFields::kAccount, "");
    Finding& f = check.ReportSpan(account_span.span,
                                  "the account \"" + account + "\" in \"" + text + "\" is not allowed: " +
                                      TypesSubject(a->fields.service(), a->matching, "has", "have") + " no account ID, so the ARN matches no resource",
                                  PointerOf(check.document, &node));
    f.aws_issue_code = "ARN_ACCOUNT_NOT_ALLOWED";
    size_t at = a->fields.offset[ArnFields::kAccount];
    f.remediation.summary = "remove the account ID (\"" + text.substr(0, at) + text.substr(at + account.size()) +
                          "\"); to keep to resources of that account, add the condition \"" +
                          (PolicyFieldIsPattern(account) ? "StringLike" : "StringEquals") + "\": {\"aws:ResourceAccount\": \"" +
                          account + "\"}";
    if (account_span.edit) {
      f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "remove the account ID", ToFileEdits(check.document, {*account_span.edit}));
    }
  }
};

}  // namespace

RulePtr MakeArnAccountNotAllowed() { return std::make_unique<ArnAccountNotAllowed>(); }

}  // namespace slim
