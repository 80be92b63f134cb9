// SL1016 duplicate-sid: two statements of an IAM policy with the same Sid. IAM accepts it, but
// tools and people address statements by Sid, so one of them is silently shadowed.
#include "engine/check.h"
#include "rules/grammar/grammar.h"
#include "rules/support/duplicate_sids.h"

namespace slim {
namespace {

class DuplicateSid final : public Rule {
 public:
  DuplicateSid() : Rule({"SL1016", "duplicate-sid", Severity::kWarning, "two statements share a Sid", {"UNIQUE_SIDS_RECOMMENDED"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() == PolicyType::kScp || check.type() == PolicyType::kRcp) return;  // SL1021
    ReportDuplicateSids(check, "UNIQUE_SIDS_RECOMMENDED", "");
  }
};

}  // namespace

RulePtr MakeDuplicateSid() { return std::make_unique<DuplicateSid>(); }

}  // namespace slim
