// SL3004 service-wide-wildcard: "<service>:*" in an Allow statement grants every action of the
// service, including ones AWS adds later and its administrative actions.
#include "catalog/catalog.h"
#include "rules/actions/actions.h"
#include "engine/check.h"
#include "model/arn.h"
#include "rules/support/grant_summary.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// True when every principal of the statement is an account root ("123456789012" or
// "arn:aws:iam::123456789012:root").
bool OnlyAccountRoots(const Statement& s) {
  if (!s.principal.present() || s.principal.wildcard || s.principal.entries.empty()) return false;
  for (const PrincipalEntry& entry : s.principal.entries) {
    if (entry.member->key != "AWS") return false;
    for (const JsonValue* v : entry.values) {
      std::string_view text = v->text();
      bool root = IsAccountId(text) || (StartsWith(text, "arn:") && EndsWith(text, ":root") && text.find("*") == std::string_view::npos);
      if (!root) return false;
    }
  }
  return true;
}

class ServiceWideWildcard final : public Rule {
 public:
  ServiceWideWildcard()
      : Rule({"SL3004", "service-wide-wildcard", Severity::kSecurity, "Allow with \"<service>:*\"", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    PolicyType type = check.type();
    if (type == PolicyType::kTrust || type == PolicyType::kScp || type == PolicyType::kRcp || check.document.anchor) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows()) continue;
      for (const JsonValue* action : s.action.values) {
        std::string_view text = action->text();
        // A key policy's default statement gives the account root kms:* so that IAM policies
        // can grant use of the key: that is delegation, not a grant.
        if (type == PolicyType::kResource && EqualsIgnoreCase(text, "kms:*") && OnlyAccountRoots(s)) continue;
        size_t colon = text.find(':');
        if (colon == std::string_view::npos || text.substr(colon) != ":*" || HasWildcard(text.substr(0, colon))) continue;
        std::string service(text.substr(0, colon));
        auto actions = check.catalog.ExpandAction(text);
        std::string message = StatementLabel(s) + " allows every " + service + " action";
        if (!actions.empty()) message += " (" + DescribeGrant(actions, check.catalog) + ")";
        Finding& f = check.Report(*action, std::move(message));
        f.remediation.summary = "list the " + service + " actions the workload calls";
      }
    }
  }
};

}  // namespace

RulePtr MakeServiceWideWildcard() { return std::make_unique<ServiceWideWildcard>(); }

}  // namespace slim
