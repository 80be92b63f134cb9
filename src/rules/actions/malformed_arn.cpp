// SL3010 malformed-arn: a Resource that is neither "*" nor a well-formed ARN: no "arn:"
// prefix, fewer than six fields, an account that is not 12 digits, or a service in capitals.
#include "model/arn.h"
#include "rules/actions/actions.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// AWS-owned resources use "aws" for the account (managed policies, SageMaker's public hub,
// IAM Identity Center application providers, CloudFormation transforms), and AWS's own policies
// use ${aws:PrincipalAccount} there.
bool AccountFieldOk(const Arn& arn) {
  std::string_view account = arn.account;
  return account.empty() || account == "aws" || IsAccountId(account) || HasWildcard(account) ||
         account.find("${") != std::string_view::npos;
}

class MalformedArn final : public Rule {
 public:
  MalformedArn()
      : Rule({"SL3010", "malformed-arn", Severity::kError, "a Resource that is neither \"*\" nor a well-formed ARN",
              {"INVALID_ARN_PREFIX", "MISSING_ARN_FIELD", "INVALID_ARN_ACCOUNT", "INVALID_ARN_SERVICE_CASE"}}) {}

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
    if (text == "*" || StartsWith(text, "${")) return;
    auto report = [&](const char* code, std::string message) {
      Finding& f = check.Report(node, std::move(message));
      f.aws_issue_code = code;
    };
    if (!StartsWith(text, "arn:")) {
      report("INVALID_ARN_PREFIX", "resource \"" + text + "\" is not an ARN: it must be \"*\" or start with \"arn:\"");
      return;
    }
    auto arn = ParseArn(text);
    if (!arn) {
      report("MISSING_ARN_FIELD", "ARN \"" + text + "\" has fewer than the six fields arn:partition:service:region:account:resource");
      return;
    }
    if (!AccountFieldOk(*arn)) {
      report("INVALID_ARN_ACCOUNT", "the account field \"" + std::string(arn->account) + "\" of \"" + text + "\" is not a 12-digit account ID");
    }
    if (ToLower(arn->service) != arn->service) {
      report("INVALID_ARN_SERVICE_CASE", "the service \"" + std::string(arn->service) + "\" in \"" + text + "\" must be lowercase");
    }
  }
};

}  // namespace

RulePtr MakeMalformedArn() { return std::make_unique<MalformedArn>(); }

}  // namespace slim
