// SL5003 full-access-grant: an AWS managed *FullAccess policy attached, or a statement that
// grants a whole service on every resource. These grants include the service's administrative
// and permissions-management actions, which a workload rarely needs; the finding names them.
#include "catalog/catalog.h"
#include "model/managed_documents.h"
#include "remediation/commands.h"
#include "rules/managed/managed.h"
#include "engine/check.h"
#include "rules/support/command_util.h"
#include "rules/support/grant_summary.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

bool IsFullAccessName(std::string_view name) {
  std::string lower = ToLower(name);
  return lower.find("fullaccess") != std::string::npos || lower.find("full_access") != std::string::npos;
}

class FullAccessGrant final : public Rule {
 public:
  FullAccessGrant()
      : Rule({"SL5003", "full-access-grant", Severity::kSecurity,
              "an AWS managed *FullAccess policy attached, or a whole service granted on every resource", {}}) {}

  void CheckCommand(const CommandCheck& check) const override {
    if (check.command.service != "iam" || !IsAttachOperation(check.command.operation)) return;
    std::string arn = OptionText(check, "policy-arn");
    if (!IsAwsManagedPolicyArn(arn) || !IsFullAccessName(PolicyNameFromArn(arn))) return;
    const ManagedPolicy* policy = check.catalog.FindManagedPolicyByArn(arn);
    auto principal = CommandPrincipal(check);
    std::string name(PolicyNameFromArn(arn));
    std::string message = name + " grants " + (principal ? std::string(PrincipalKindName(principal->kind)) + " " + principal->name
                                                         : std::string("this principal"));
    if (policy) {
      PolicyDocumentPtr document = ManagedPolicyDocument(*policy);
      PermissionSet grants = PermissionSet::Build({{document.get(), std::nullopt, std::string(policy->name)}}, check.catalog);
      message += " " + DescribeGrant(grants.Actions(), check.catalog);
    } else {
      message += " full access to a service";
    }
    Finding& f = check.Report(check.command.Value("policy-arn")->span, std::move(message));
    f.principal = principal;
    f.remediation.summary = "grant only the actions the workload calls, on its own resources, in a customer managed "
                            "policy, then detach " + name;
    if (principal) SetCalls(f.remediation, {DetachCall(*principal, arn)});
  }

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.document.anchor) return;  // the attachment is reported instead
    // In a resource policy "*" is the resource the policy is attached to (a KMS key's own
    // policy grants kms:* on "*" by default), not every resource of the service.
    PolicyType type = check.type();
    if (type != PolicyType::kIdentity && type != PolicyType::kUnknown) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows() || s.condition || !s.resource.Contains("*")) continue;
      for (const JsonValue* action : s.action.values) {
        std::string_view text = action->text();
        size_t colon = text.find(':');
        if (colon == std::string_view::npos || text.substr(colon) != ":*" || HasWildcard(text.substr(0, colon))) continue;
        auto actions = check.catalog.ExpandAction(text);
        if (actions.empty()) continue;  // an unknown service is SL3001's to report
        Finding& f = check.Report(*action, StatementLabel(s) + " grants all of " + std::string(text.substr(0, colon)) +
                                               " on every resource: " + DescribeGrant(actions, check.catalog));
        f.remediation.summary = "list the " + std::string(text.substr(0, colon)) +
                                " actions the workload calls, on the ARNs of its own resources";
      }
    }
  }
};

}  // namespace

RulePtr MakeFullAccessGrant() { return std::make_unique<FullAccessGrant>(); }

}  // namespace slim
