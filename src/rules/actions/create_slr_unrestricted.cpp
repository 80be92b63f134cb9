// SL3011 create-slr-unrestricted: iam:CreateServiceLinkedRole (directly, through a wildcard or
// NotAction) on every resource, or with NotResource, and no iam:AWSServiceName condition lets
// the principal create the service-linked role of any service.
#include "model/arn.h"
#include "engine/check.h"
#include "rules/actions/actions.h"
#include "rules/support/principal_util.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// True when the pattern covers the service-linked roles of every service.
bool CoversAllServiceLinkedRoles(std::string_view resource) {
  if (resource == "*") return true;
  auto arn = ParseArn(resource);
  if (!arn || !(arn->service == "iam" || HasWildcard(arn->service))) return false;
  return WildcardMatch(arn->resource, "role/aws-service-role/a.amazonaws.com/AWSServiceRoleForA", false) &&
         WildcardMatch(arn->resource, "role/aws-service-role/b.amazonaws.com/AWSServiceRoleForB", false);
}

const char* IssueCode(ActionCoverage coverage, bool not_resource) {
  switch (coverage) {
    case ActionCoverage::kNamed: return not_resource ? "CREATE_SLR_WITH_NOT_RESOURCE" : "CREATE_SLR_WITH_STAR_IN_RESOURCE";
    case ActionCoverage::kWildcard:
      return not_resource ? "CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE" : "CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE";
    default:
      return not_resource ? "CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE" : "CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION";
  }
}

class CreateSlrUnrestricted final : public Rule {
 public:
  CreateSlrUnrestricted()
      : Rule({"SL3011", "create-slr-unrestricted", Severity::kWarning,
              "iam:CreateServiceLinkedRole on every resource without an iam:AWSServiceName condition",
              {"CREATE_SLR_WITH_STAR_IN_RESOURCE", "CREATE_SLR_WITH_NOT_RESOURCE", "CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE",
               "CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE", "CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION",
               "CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() == PolicyType::kTrust || check.type() == PolicyType::kScp || check.type() == PolicyType::kRcp) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows() || HasRestrictingCondition(s, "iam:AWSServiceName")) continue;
      ActionGrant grant = FindActionGrant(s, "iam:CreateServiceLinkedRole");
      if (grant.coverage == ActionCoverage::kNone) continue;
      bool not_resource = s.not_resource.present();
      std::string resource;
      if (!not_resource) {
        for (const JsonValue* r : s.resource.values) {
          if (CoversAllServiceLinkedRoles(r->text())) resource = r->text();
        }
        if (resource.empty()) continue;
      }
      std::string how = grant.coverage == ActionCoverage::kNamed      ? "iam:CreateServiceLinkedRole"
                        : grant.coverage == ActionCoverage::kWildcard ? "iam:CreateServiceLinkedRole (through \"" + grant.node->text() + "\")"
                                                                      : "iam:CreateServiceLinkedRole (it is not excluded by NotAction)";
      std::string message = StatementLabel(s) + " allows " + how + " " +
                            (not_resource ? std::string("with NotResource") : "on \"" + resource + "\"") + " for every service";
      Finding& f = grant.node ? check.Report(*grant.node, std::move(message)) : check.ReportKey(*grant.member, std::move(message));
      f.aws_issue_code = IssueCode(grant.coverage, not_resource);
      f.remediation.summary =
          "add \"Condition\": {\"StringEquals\": {\"iam:AWSServiceName\": \"<service>.amazonaws.com\"}}";
    }
  }
};

}  // namespace

RulePtr MakeCreateSlrUnrestricted() { return std::make_unique<CreateSlrUnrestricted>(); }

}  // namespace slim
