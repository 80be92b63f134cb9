// SL3004 service-wide-wildcard: "<service>:*" in an Allow statement grants every action of the
// service, including ones AWS adds later and its administrative actions.
#include "catalog/catalog.h"
#include "rules/builtin_rules.h"
#include "engine/check.h"
#include "rules/support/grant_summary.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

class ServiceWideWildcard final : public Rule {
 public:
  ServiceWideWildcard()
      : Rule({"SL3004", "service-wide-wildcard", Severity::kSecurity, "Allow with \"<service>:*\"", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() == PolicyType::kTrust || check.document.anchor) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows()) continue;
      for (const JsonValue* action : s.action.values) {
        std::string_view text = action->text();
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
