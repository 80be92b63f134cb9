// SL7012 ip-range-hygiene: IP ranges that do not say what they mean. A CIDR range with host bits
// set ("10.1.2.3/16") is read as its network (10.1.0.0/16), so the address part misleads. And a
// list for aws:SourceIp that mixes private with public ranges carries dead entries: the public
// ones work, the private ones never match (aws:SourceIp is always public).
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

class IpRangeHygiene final : public Rule {
 public:
  IpRangeHygiene()
      : Rule({"SL7012", "ip-range-hygiene", Severity::kSuggestion,
              "a CIDR range with host bits set, or private ranges mixed into a public aws:SourceIp list",
              {"IMPROVE_IP_RANGE", "PRIVATE_IP_ADDRESS_SUBSET", "PRIVATE_NOT_IP_ADDRESS_SUBSET"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (op.family() != ConditionOperatorFamily::kIpAddress) continue;
        bool source_ip = EqualsIgnoreCase(clause.key_member->key, "aws:SourceIp");
        std::vector<std::pair<const JsonValue*, conditions::IpRange>> ranges;
        for (const JsonValue* value : clause.values) {
          auto range = value->is_string() ? conditions::ParseIpRange(value->text()) : std::nullopt;
          if (range) ranges.emplace_back(value, *range);
        }
        size_t private_count = 0;
        for (const auto& [value, range] : ranges) private_count += range.IsPrivate() ? 1 : 0;
        bool mixed = source_ip && private_count > 0 && private_count < ranges.size();
        for (const auto& [value, range] : ranges) {
          if (range.HostBitsSet()) ReportHostBits(check, *value, range);
          if (mixed && range.IsPrivate()) ReportPrivate(check, *value, op);
        }
      }
    }
  }

 private:
  static void ReportHostBits(const DocumentCheck& check, const JsonValue& value, const conditions::IpRange& range) {
    std::string network = range.Network().ToString();
    Finding& f = check.Report(value, "\"" + value.text() + "\" has bits set after its /" + std::to_string(range.prefix) +
                                         " prefix; IAM ignores them and matches " + network);
    f.aws_issue_code = "IMPROVE_IP_RANGE";
    f.remediation.summary = "write the range as " + network;
    f.remediation.fix = MakeFix(FixApplicability::kSafe, "write " + network,
                                ToFileEdits(check.document, {{value.span(), "\"" + network + "\""}}));
  }

  static void ReportPrivate(const DocumentCheck& check, const JsonValue& value, const conditions::ResolvedOperator& op) {
    Finding& f = check.Report(value, "\"" + value.text() +
                                         "\" is a private range, which aws:SourceIp never holds; the public ranges "
                                         "in this list still apply, this one does nothing");
    f.aws_issue_code = op.negated() ? "PRIVATE_NOT_IP_ADDRESS_SUBSET" : "PRIVATE_IP_ADDRESS_SUBSET";
    f.remediation.summary = "remove the private range; for requests through VPC endpoints, test aws:VpcSourceIp together "
                            "with aws:SourceVpc or aws:SourceVpce in a separate statement";
  }
};

}  // namespace

RulePtr MakeIpRangeHygiene() { return std::make_unique<IpRangeHygiene>(); }

}  // namespace slim
