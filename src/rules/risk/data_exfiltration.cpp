// SL6002 data-exfiltration: a principal may read data (s3:GetObject, secretsmanager:
// GetSecretValue, ssm:GetParameter*, database snapshot copies) on every resource with no
// condition. Whoever controls the principal can read every bucket, secret and parameter of the
// account. The action list is Cloudsplaining's, kept as data in rules/catalog/risk_actions.tsv.
#include "engine/check.h"
#include "rules/risk/risk.h"
#include "rules/risk/action_set.h"
#include "rules/risk/unconstrained_actions.h"
#include "util/strings.h"

namespace slim {
namespace {

class DataExfiltration final : public Rule {
 public:
  DataExfiltration()
      : Rule({"SL6002", "data-exfiltration", Severity::kWarning,
              "unconstrained read of data (s3:GetObject, secretsmanager:GetSecretValue, ssm:GetParameter*, ...) on *", {}}) {}

  void CheckPrincipal(const PrincipalCheck& check) const override {
    const Catalog& catalog = check.catalog;
    const ActionSet& reading = ActionSetFor(catalog, [&](ActionSet& set) {
      set.Add(catalog.Risk().data_exfiltration_actions);
      set.Add(catalog.Risk().data_exfiltration_extra_actions);
    });
    auto listed = [&](const ActionInfo& a) { return reading.contains(a); };
    ReportUnconstrained(check, FindUnconstrained(check, listed), "actions that read data",
                        "name the buckets, secrets and parameters the workload reads in Resource");
  }
};

}  // namespace

RulePtr MakeDataExfiltration() { return std::make_unique<DataExfiltration>(); }

}  // namespace slim
