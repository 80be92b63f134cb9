// SL7011 private-ip-condition: aws:SourceIp compared with private ranges only. aws:SourceIp holds
// the public address a request comes from; a request from inside a VPC reaches AWS through a NAT
// (then it carries the NAT's public address) or through a VPC endpoint (then it has no
// aws:SourceIp, but aws:VpcSourceIp). So IpAddress with only private ranges never matches, and
// NotIpAddress with only private ranges always does: the condition does nothing it seems to.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

class PrivateIpCondition final : public Rule {
 public:
  PrivateIpCondition()
      : Rule({"SL7011", "private-ip-condition", Severity::kError,
              "aws:SourceIp compared with private IP ranges only, which it never holds",
              {"PRIVATE_IP_ADDRESS", "PRIVATE_NOT_IP_ADDRESS"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        if (!EqualsIgnoreCase(clause.key_member->key, "aws:SourceIp")) continue;
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (op.family() != ConditionOperatorFamily::kIpAddress || clause.values.empty()) continue;
        std::vector<std::string> ranges;
        bool all_private = true;
        for (const JsonValue* value : clause.values) {
          auto range = value->is_string() ? conditions::ParseIpRange(value->text()) : std::nullopt;
          if (!range || !range->IsPrivate()) {
            all_private = false;
            break;
          }
          ranges.push_back(value->text());
        }
        if (!all_private) continue;
        std::string listed = JoinWithAnd(ranges);
        std::string message =
            op.negated() ? "aws:SourceIp is never a private address, so NotIpAddress with " + listed +
                               " holds for every request: the condition restricts nothing"
                         : "aws:SourceIp is never a private address, so IpAddress with " + listed +
                               " never holds: the statement " + (s.denies() ? "denies" : "allows") + " nothing";
        Finding& f = check.ReportKey(*clause.key_member, std::move(message));
        f.aws_issue_code = op.negated() ? "PRIVATE_NOT_IP_ADDRESS" : "PRIVATE_IP_ADDRESS";
        f.remediation.summary = "for requests through VPC endpoints, test aws:VpcSourceIp together with aws:SourceVpc or "
                                "aws:SourceVpce; for requests over the internet, list the public addresses of your NAT "
                                "gateways or proxies";
      }
    }
  }
};

}  // namespace

RulePtr MakePrivateIpCondition() { return std::make_unique<PrivateIpCondition>(); }

}  // namespace slim
