// SL6004 resource-exposure: a principal may use permissions-management actions (s3:
// PutBucketPolicy, kms:PutKeyPolicy, lambda:AddPermission, iam:Put*Policy, ...) on every
// resource with no narrowing condition: it can rewrite who may access the account's resources,
// or open them to the world. These are the actions AWS classifies at the "Permissions
// management" level; most of AWS RAM's sharing actions are Write, so SL6005 reports them.
#include "engine/check.h"
#include "rules/risk/risk.h"
#include "rules/risk/unconstrained_actions.h"

namespace slim {
namespace {

class ResourceExposure final : public Rule {
 public:
  ResourceExposure()
      : Rule({"SL6004", "resource-exposure", Severity::kSecurity,
              "permissions-management actions (Put*Policy, *Acl, kms:PutKeyPolicy, lambda:AddPermission, ...) unconstrained", {}}) {}

  void CheckPrincipal(const PrincipalCheck& check) const override {
    auto listed = [](const ActionInfo& a) { return a.access_level == AccessLevel::kPermissionsManagement; };
    ReportUnconstrained(check, FindUnconstrained(check, listed), "permissions-management actions",
                        "grant permissions-management actions only on the resources the workload manages, or remove them");
  }
};

}  // namespace

RulePtr MakeResourceExposure() { return std::make_unique<ResourceExposure>(); }

}  // namespace slim
