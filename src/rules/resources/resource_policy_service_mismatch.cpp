// SL3022 resource-policy-service-mismatch: a resource policy whose resources belong to one
// service (an S3 bucket policy names arn:aws:s3:::...) grants an action of another service, or
// names an ARN of another: kms:Decrypt in a bucket policy. A policy attached to a resource
// governs requests to that resource only; S3 rejects such a policy ("invalid action"), and
// Access Analyzer reports it as an error for every resource type. An action of another prefix
// is fine when it acts on the service's resources (sts:AssumeRole on iam roles, kafka-cluster:*
// on kafka clusters). The service comes from the Resource ARNs (resource_policy_service.h):
// policies with "*" (key policies, most queue and topic policies) say nothing and are skipped.
#include <algorithm>

#include "catalog/catalog.h"
#include "engine/check.h"
#include "rules/resources/action_resources.h"
#include "rules/resources/resource_policy_service.h"
#include "rules/resources/resources.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

bool ActsOn(const Catalog& catalog, const ActionInfo& action, std::string_view service) {
  if (EqualsIgnoreCase(action.service_prefix, service)) return true;
  const ActionResources& r = ResourcesOf(catalog, action);
  return r.unknown_format ||
         std::any_of(r.formats.begin(), r.formats.end(), [&](const ArnFormat* f) { return GlobsIntersect(f->service, service, true); });
}

class ResourcePolicyServiceMismatch final : public Rule {
 public:
  ResourcePolicyServiceMismatch()
      : Rule({"SL3022", "resource-policy-service-mismatch", Severity::kError,
              "a resource policy of one service's resources grants an action, or names an ARN, of another service",
              {"UNSUPPORTED_ACTION_IN_POLICY", "UNSUPPORTED_RESOURCE_ARN_IN_POLICY"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    auto policy = FindResourcePolicyService(check);
    if (!policy) return;
    std::string context = "this resource policy is for " + policy->service + " resources (such as \"" + policy->own.front()->text() + "\")";
    for (const Statement& s : check.document.policy.statements) {
      for (const JsonValue* value : s.action.values) CheckAction(check, *policy, context, s.denies() ? "deny" : "grant", *value);
    }
    for (const JsonValue* value : policy->other) {
      auto fields = SplitArn(value->text());
      Finding& f = check.Report(*value, "\"" + value->text() + "\" is an ARN of " + ToLower(fields->service()) + ", but " + context +
                                            ": a policy attached to a resource governs only that resource");
      f.aws_issue_code = "UNSUPPORTED_RESOURCE_ARN_IN_POLICY";
      f.remediation.summary = "remove the ARN, and grant access to that " + ToLower(fields->service()) +
                              " resource in its own resource policy or in an identity policy";
    }
  }

 private:
  static void CheckAction(const DocumentCheck& check, const ResourcePolicyService& policy, const std::string& context,
                          const std::string& verb, const JsonValue& node) {
    std::string_view text = node.text();
    size_t colon = text.find(':');
    if (colon == std::string_view::npos || HasWildcard(text.substr(0, colon)) || EqualsIgnoreCase(text.substr(0, colon), policy.service)) {
      return;
    }
    const auto& actions = check.Expand(text);
    if (actions.empty()) return;
    for (const ActionInfo* a : actions) {
      if (ActsOn(check.catalog, *a, policy.service)) return;
    }
    bool pattern = HasWildcard(text);
    std::string subject = pattern ? "no action \"" + std::string(text) + "\" covers (" + Plural(actions.size(), "action") + ") acts"
                                  : actions.front()->FullName() + " does not act";
    Finding& f = check.Report(node, subject + " on " + policy.service + " resources, but " + context + ", so it cannot " + verb + " " +
                                        (pattern ? "them" : "it"));
    f.aws_issue_code = "UNSUPPORTED_ACTION_IN_POLICY";
    f.remediation.summary = "remove \"" + std::string(text) + "\" from this policy, and " + verb +
                            " it where its own resources are governed: in their resource policy or in an identity policy";
  }
};

}  // namespace

RulePtr MakeResourcePolicyServiceMismatch() { return std::make_unique<ResourcePolicyServiceMismatch>(); }

}  // namespace slim
