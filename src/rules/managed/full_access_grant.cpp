// SL5003 full-access-grant: an AWS managed *FullAccess policy attached, or a statement that
// grants a whole service on every resource. These grants include the service's administrative
// and permissions-management actions, which a workload rarely needs; the finding names them.
#include <cctype>

#include "catalog/catalog.h"
#include "least_privilege/policy_generator.h"
#include "least_privilege/repository_scan.h"
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

// "x$(touch pwned)" -> "x--touch-pwned-": a name IAM accepts in a policy name, and a plain file name.
std::string SafeName(std::string_view name, size_t max) {
  std::string out;
  for (char c : name.substr(0, max)) {
    out += std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ? c : '-';
  }
  if (out.empty() || out[0] == '.') out.insert(out.begin(), 'x');  // no hidden or ".." file names
  return out;
}

std::string ListSome(const std::vector<std::string>& items, size_t max) {
  if (items.size() <= max) return JoinWithAnd(items);
  std::vector<std::string> shown(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(max));
  shown.push_back(std::to_string(items.size() - max) + " more");
  return JoinWithAnd(shown);
}

std::string DescribeEvidence(const GeneratedPolicy& generated) {
  std::vector<std::string> sources, files(generated.files.begin(), generated.files.end());
  for (EvidenceSource source : generated.sources) sources.emplace_back(EvidenceDescription(source));
  return JoinWithAnd(sources) + " (" + ListSome(files, 3) + ")";
}

// The customer managed policy that replaces the FullAccess grant, as a document the plan
// writes and the commands that create it, attach it and only then detach the grant.
void ProposeReplacement(const CommandCheck& check, Finding& f, const ManagedPolicy& policy, const std::string& arn,
                        const PrincipalRef& principal) {
  if (!check.settings.repository) return;
  const RepositoryEvidenceCache& repository = *check.settings.repository;
  std::shared_ptr<const GeneratedPolicy> generated = repository.Replacement(policy.name, [&] {
    PolicyDocumentPtr document = ManagedPolicyDocument(policy);
    PermissionSet grants = PermissionSet::Build({{document.get(), std::nullopt, std::string(policy.name)}}, check.catalog);
    return GenerateLeastPrivilegePolicy(policy.name, grants.Actions(), repository.Get(check.catalog), check.catalog);
  });
  if (!generated) return;
  std::string base = SafeName(principal.name, 80) + "-" + SafeName(generated->service, 30);
  std::string policy_name = base + "-least-privilege";
  std::string path = "least-privilege/" + base + ".json";
  std::string name(policy.name);

  Remediation& r = f.remediation;
  std::string what = generated->from_evidence
                         ? "the " + generated->service + " actions the workflow uses (" + Plural(generated->actions, "action") + "), from " + DescribeEvidence(*generated)
                         : std::string("no ") + generated->service + " calls were found in the inputs, so " + generated->service +
                               "'s non-administrative actions (List, Read" + (generated->write_omitted ? "" : ", Write") +
                               "; no Permissions management or Tagging) on " +
                               (generated->any_resource ? "every resource" : "the account's own resources") +
                               "; narrow it to what "
                               "the workflow calls" +
                               (generated->write_omitted
                                    ? " and add the Write actions it needs (left out: " + generated->write_omitted_reason + ")"
                                    : std::string());
  r.summary = "replace " + name + " with customer managed policy " + policy_name + " (" + path + "): " + what;
  if (!generated->other_services.empty()) {
    r.summary += "; " + name + " also grants " + ListSome(generated->other_services, 4) +
                 ", which the replacement leaves out: add what the workflow needs from them";
  }
  r.summary += "; create it, attach it, then detach " + name;
  r.documents.emplace_back(path, std::shared_ptr<const std::string>(generated, &generated->document));

  std::string policy_arn = "arn:aws:iam::" + std::string(TemplateValue::kAccountPlaceholder) + ":policy/" + policy_name;
  auto calls = [&](bool from_file) {
    AwsCall create{"iam", "create-policy", {}};
    create.Param("policy-name", policy_name);
    if (from_file) create.Param("policy-document", "file://" + path);
    else create.Json("policy-document", generated->document);
    return std::vector<AwsCall>{create, AttachCall(principal, policy_arn), DetachCall(principal, arn)};
  };
  SetCalls(r, calls(false));  // boto3 gets the document itself
  std::string sdk = r.sdk;
  SetCalls(r, calls(true));  // the shell reads the file the plan writes
  r.sdk = std::move(sdk);
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
    if (policy && principal) ProposeReplacement(check, f, *policy, arn, *principal);
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
