// SL6003 credentials-exposure: a principal may call actions that return credentials
// (iam:CreateAccessKey, sts:GetFederationToken, redshift:GetClusterCredentials, ...) on every
// resource with no narrowing condition: new credentials for other identities, which outlive
// the session. The list is Cloudsplaining's, kept as data; the actions that only hand the
// caller its own session again (sts:GetSessionToken) are left out (rules/packs/risk.json).
#include "engine/check.h"
#include "rules/pack/pack_rules.h"
#include "rules/risk/risk.h"
#include "rules/risk/action_set.h"
#include "rules/risk/unconstrained_actions.h"
#include "util/strings.h"

namespace slim {
namespace {

class CredentialsExposure final : public Rule {
 public:
  CredentialsExposure()
      : Rule({"SL6003", "credentials-exposure", Severity::kSecurity,
              "actions that return credentials (iam:CreateAccessKey, sts:GetFederationToken, ...) unconstrained", {}}) {}

  void CheckPrincipal(const PrincipalCheck& check) const override {
    const Catalog& catalog = check.catalog;
    const ActionSet& excluded = ActionSetFor(catalog, [&](ActionSet& set) { set.Add(PackList("credentials_exposure_excluded_actions")); });
    const ActionSet& exposing = ActionSetFor(catalog, [&](ActionSet& set) { set.Add(catalog.Risk().credentials_exposure_actions); });
    auto listed = [&](const ActionInfo& a) { return !excluded.contains(a) && exposing.contains(a); };
    ReportUnconstrained(check, FindUnconstrained(check, listed), "actions that return credentials",
                        "limit them to the users, clusters or repositories the workload needs, or remove them");
  }
};

}  // namespace

RulePtr MakeCredentialsExposure() { return std::make_unique<CredentialsExposure>(); }

}  // namespace slim
