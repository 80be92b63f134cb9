// SL1021 duplicate-sid-in-organization-policy: two statements of a service control or resource
// control policy with the same Sid. AWS Organizations rejects the policy.
#include "engine/check.h"
#include "rules/grammar/grammar.h"
#include "rules/support/duplicate_sids.h"

namespace slim {
namespace {

class DuplicateSidInOrganizationPolicy final : public Rule {
 public:
  DuplicateSidInOrganizationPolicy()
      : Rule({"SL1021", "duplicate-sid-in-organization-policy", Severity::kError,
              "two statements of an SCP or RCP share a Sid, which AWS Organizations rejects", {"UNIQUE_SIDS_REQUIRED"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kScp && check.type() != PolicyType::kRcp) return;
    ReportDuplicateSids(check, "UNIQUE_SIDS_REQUIRED", "; service and resource control policies need unique Sids");
  }
};

}  // namespace

RulePtr MakeDuplicateSidInOrganizationPolicy() { return std::make_unique<DuplicateSidInOrganizationPolicy>(); }

}  // namespace slim
