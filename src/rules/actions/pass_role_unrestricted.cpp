// SL3007 pass-role-unrestricted: iam:PassRole on every role (Resource "*", a role wildcard, or
// NotResource) without an iam:PassedToService condition, whether the action is written out,
// covered by a wildcard ("iam:*", "*") or left out of a NotAction. Passing a more powerful role
// to a service that runs code (Lambda, EC2, Glue, ...) is the most common IAM privilege
// escalation.
#include "model/arn.h"
#include "engine/check.h"
#include "rules/actions/actions.h"
#include "rules/support/principal_util.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// True when the resource pattern matches every role of an account (or of every account).
bool CoversAllRoles(std::string_view resource) {
  if (resource == "*") return true;
  auto arn = ParseArn(resource);
  if (!arn || !(arn->service == "iam" || HasWildcard(arn->service))) return false;
  return WildcardMatch(arn->resource, "role/any-name", false) && WildcardMatch(arn->resource, "role/path/other-name", false);
}

const char* IssueCode(ActionCoverage coverage, bool not_resource) {
  switch (coverage) {
    case ActionCoverage::kNamed: return not_resource ? "PASS_ROLE_WITH_NOT_RESOURCE" : "PASS_ROLE_WITH_STAR_IN_RESOURCE";
    case ActionCoverage::kWildcard:
      return not_resource ? "PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE" : "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE";
    default:
      return not_resource ? "PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE" : "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION";
  }
}

class PassRoleUnrestricted final : public Rule {
 public:
  PassRoleUnrestricted() : Rule(Info()) {}

  static RuleInfo Info() {
    RuleInfo info{"SL3007", "pass-role-unrestricted", Severity::kSecurity,
                  "iam:PassRole (directly, through a wildcard or NotAction) on every role without an iam:PassedToService condition",
                  {"PASS_ROLE_WITH_STAR_IN_RESOURCE", "PASS_ROLE_WITH_NOT_RESOURCE", "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE",
                   "PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE", "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION",
                   "PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE"}};
    info.checks_aws_managed = true;  // an attached AWS managed policy can hand out any role too
    return info;
  }

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() == PolicyType::kTrust || check.type() == PolicyType::kScp || check.type() == PolicyType::kRcp) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows() || HasRestrictingCondition(s, "iam:PassedToService")) continue;
      ActionGrant grant = FindActionGrant(s, "iam:PassRole");
      if (grant.coverage == ActionCoverage::kNone) continue;
      bool not_resource = s.not_resource.present();
      std::string resource;
      if (!not_resource) {
        for (const JsonValue* r : s.resource.values) {
          if (CoversAllRoles(r->text())) resource = r->text();
        }
        if (resource.empty()) continue;
      }
      std::string how = grant.coverage == ActionCoverage::kNamed      ? "iam:PassRole"
                        : grant.coverage == ActionCoverage::kWildcard ? "iam:PassRole (through \"" + grant.node->text() + "\")"
                                                                      : "iam:PassRole (it is not excluded by NotAction)";
      std::string where = not_resource ? "with NotResource: every role not listed" : "on \"" + resource + "\": any role, however powerful,";
      std::string message = StatementLabel(s) + " allows " + how + " " + where + " can be passed to any service";
      Finding& f = grant.node ? check.Report(*grant.node, std::move(message)) : check.ReportKey(*grant.member, std::move(message));
      f.aws_issue_code = IssueCode(grant.coverage, not_resource);
      f.remediation.summary =
          "grant iam:PassRole in a statement of its own, on the roles the workload passes "
          "(arn:aws:iam::<account>:role/<name>), with \"Condition\": {\"StringEquals\": "
          "{\"iam:PassedToService\": \"<service>.amazonaws.com\"}}";
    }
  }
};

}  // namespace

RulePtr MakePassRoleUnrestricted() { return std::make_unique<PassRoleUnrestricted>(); }

}  // namespace slim
