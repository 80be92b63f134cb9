// SL3011 create-slr-unrestricted: iam:CreateServiceLinkedRole on every resource (or with
// NotResource) and no iam:AWSServiceName condition lets the principal create the
// service-linked role of any service.
#include "rules/builtin_rules.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

class CreateSlrUnrestricted final : public Rule {
 public:
  CreateSlrUnrestricted()
      : Rule({"SL3011", "create-slr-unrestricted", Severity::kWarning,
              "iam:CreateServiceLinkedRole on every resource without an iam:AWSServiceName condition",
              {"CREATE_SLR_WITH_STAR_IN_RESOURCE", "CREATE_SLR_WITH_NOT_RESOURCE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows() || s.has_condition_key("iam:AWSServiceName")) continue;
      const JsonValue* action = nullptr;
      for (const JsonValue* a : s.action.values) {
        if (EqualsIgnoreCase(a->text(), "iam:CreateServiceLinkedRole")) action = a;
      }
      if (!action) continue;
      bool star = s.resource.Contains("*");
      if (!star && !s.not_resource.present()) continue;
      Finding& f = check.Report(*action, StatementLabel(s) + " allows iam:CreateServiceLinkedRole " +
                                             (star ? "on \"*\"" : "with NotResource") + " for every service");
      f.aws_issue_code = star ? "CREATE_SLR_WITH_STAR_IN_RESOURCE" : "CREATE_SLR_WITH_NOT_RESOURCE";
      f.remediation.summary =
          "add \"Condition\": {\"StringEquals\": {\"iam:AWSServiceName\": \"<service>.amazonaws.com\"}}";
    }
  }
};

}  // namespace

RulePtr MakeCreateSlrUnrestricted() { return std::make_unique<CreateSlrUnrestricted>(); }

}  // namespace slim
