// SL3007 pass-role-unrestricted: iam:PassRole on every role (Resource "*", a role wildcard, or
// NotResource) without an iam:PassedToService condition. Passing a more powerful role to a
// service that runs code (Lambda, EC2, Glue, ...) is the most common IAM privilege escalation.
#include "model/arn.h"
#include "rules/builtin_rules.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// True when the resource pattern matches every role of an account (or of every account).
bool CoversAllRoles(std::string_view resource) {
  if (resource == "*") return true;
  auto arn = ParseArn(resource);
  if (!arn) return false;
  return (arn->service == "iam" || arn->service == "*") &&
         (arn->resource == "*" || arn->resource == "role/*" || arn->resource == "role*" || arn->resource == "*role/*");
}

bool NamesPassRole(std::string_view action) { return EqualsIgnoreCase(action, "iam:PassRole"); }

class PassRoleUnrestricted final : public Rule {
 public:
  PassRoleUnrestricted()
      : Rule({"SL3007", "pass-role-unrestricted", Severity::kSecurity,
              "iam:PassRole on every role (or NotResource) without an iam:PassedToService condition",
              {"PASS_ROLE_WITH_STAR_IN_RESOURCE", "PASS_ROLE_WITH_NOT_RESOURCE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows()) continue;
      const JsonValue* pass_role = nullptr;
      for (const JsonValue* action : s.action.values) {
        if (NamesPassRole(action->text())) pass_role = action;
      }
      if (!pass_role || s.has_condition_key("iam:PassedToService")) continue;
      if (s.not_resource.present()) {
        Finding& f = check.Report(*pass_role, StatementLabel(s) + " allows iam:PassRole with NotResource: every role not listed can be passed to any service");
        f.aws_issue_code = "PASS_ROLE_WITH_NOT_RESOURCE";
        f.remediation.summary = "list the role ARNs that may be passed in \"Resource\" and add an iam:PassedToService condition";
        continue;
      }
      for (const JsonValue* resource : s.resource.values) {
        if (!CoversAllRoles(resource->text())) continue;
        Finding& f = check.Report(*pass_role, StatementLabel(s) + " allows iam:PassRole on \"" + resource->text() +
                                                  "\": any role, however powerful, can be passed to any service");
        f.aws_issue_code = "PASS_ROLE_WITH_STAR_IN_RESOURCE";
        f.remediation.summary =
            "name the roles in \"Resource\" (arn:aws:iam::<account>:role/<name>) and add "
            "\"Condition\": {\"StringEquals\": {\"iam:PassedToService\": \"<service>.amazonaws.com\"}}";
        break;
      }
    }
  }
};

}  // namespace

RulePtr MakePassRoleUnrestricted() { return std::make_unique<PassRoleUnrestricted>(); }

}  // namespace slim
