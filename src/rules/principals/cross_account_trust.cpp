// SL2002 cross-account-trust: a trust or resource policy names a principal in an account that
// is not one of yours (--account, --known-account, or the config file's known accounts).
#include "rules/principals/principals.h"
#include "engine/check.h"
#include "rules/support/principal_util.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class CrossAccountTrust final : public Rule {
 public:
  CrossAccountTrust()
      : Rule({"SL2002", "cross-account-trust", Severity::kWarning,
              "a principal from an account that is not in the configured known accounts", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    PolicyType type = check.type();
    if (type != PolicyType::kTrust && type != PolicyType::kResource) return;
    bool configured = !check.settings.account_id.empty() || !check.settings.known_accounts.empty();
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows()) continue;
      for (const PrincipalEntry* entry : s.principal.EntriesFor("AWS")) {
        for (const JsonValue* value : entry->values) {
          std::string_view account = AccountOfAwsPrincipal(value->text());
          if (account.empty() || check.settings.IsKnownAccount(account)) continue;
          std::string message = "principal \"" + value->text() + "\" is in account " + std::string(account) +
                                ", which is not one of your known accounts";
          if (!configured) message += " (declare yours with --account or --known-account)";
          Finding& f = check.Report(*value, std::move(message));
          f.remediation.summary = "if the account is yours, add it with --known-account " + std::string(account) +
                                  "; otherwise confirm that this account should have access";
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeCrossAccountTrust() { return std::make_unique<CrossAccountTrust>(); }

}  // namespace slim
