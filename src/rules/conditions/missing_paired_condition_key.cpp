// SL7023 missing-paired-condition-key: an Allow that trusts a private address alone.
// aws:VpcSourceIp and aws:Ec2InstanceSourcePrivateIPv4 are private addresses, and every VPC, in
// every account, can use the same private range: without the VPC (aws:SourceVpc, aws:SourceVpce,
// aws:SourceVpcArn, aws:Ec2InstanceSourceVpc) the statement allows requests from strangers' VPCs.
// The pairs come from the notes of the global condition key reference.
#include "engine/check.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

struct Pairing {
  std::string_view key;
  std::vector<std::string_view> partners;
};
const std::vector<Pairing>& Pairings() {
  static const std::vector<Pairing> pairings = {
      {"aws:VpcSourceIp", {"aws:SourceVpc", "aws:SourceVpce", "aws:SourceVpcArn"}},
      {"aws:Ec2InstanceSourcePrivateIPv4", {"aws:Ec2InstanceSourceVpc"}},
  };
  return pairings;
}

class MissingPairedConditionKey final : public Rule {
 public:
  MissingPairedConditionKey()
      : Rule({"SL7023", "missing-paired-condition-key", Severity::kSecurity,
              "an Allow conditioned on a private address (aws:VpcSourceIp, aws:Ec2InstanceSourcePrivateIPv4) without the "
              "VPC it must come from",
              {"MISSING_PAIRED_CONDITION_KEYS"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows()) continue;
      for (const ConditionClause& clause : s.conditions) {
        for (const Pairing& pairing : Pairings()) {
          if (!EqualsIgnoreCase(clause.key_member->key, pairing.key)) continue;
          bool paired = false;
          for (std::string_view partner : pairing.partners) paired = paired || s.has_condition_key(partner);
          if (paired) continue;
          std::vector<std::string> partners(pairing.partners.begin(), pairing.partners.end());
          std::string either = partners.size() == 1 ? partners[0] : Join({partners.begin(), partners.end() - 1}, ", ") +
                                                                         " or " + partners.back();
          Finding& f = check.ReportKey(*clause.key_member,
                                       std::string(pairing.key) + " is a private address that any VPC, in any account, "
                                                                  "can use: without " + either +
                                           " this Allow also matches requests from other VPCs");
          f.aws_issue_code = "MISSING_PAIRED_CONDITION_KEYS";
          f.remediation.summary = "add " + either + " to the same statement's conditions";
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeMissingPairedConditionKey() { return std::make_unique<MissingPairedConditionKey>(); }

}  // namespace slim
