// SL2003 cross-account-without-external-id: a role that another account may assume with no
// sts:ExternalId, MFA or organization condition. A third party holding that account's
// credentials (or a confused deputy in it) can assume the role.
#include "rules/principals/principals.h"
#include "engine/check.h"
#include "rules/pack/pack_rules.h"
#include "rules/principals/trust_support.h"
#include "rules/support/principal_util.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class CrossAccountWithoutExternalId final : public Rule {
 public:
  CrossAccountWithoutExternalId()
      : Rule({"SL2003", "cross-account-without-external-id", Severity::kSecurity,
              "a role trusted by another account with neither sts:ExternalId nor an MFA or organization condition", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kTrust) return;
    for (const Statement& s : check.document.policy.statements) {
      // NotAction counts too: "everything but sts:TagSession" still lets the account assume the role.
      if (!GrantsAssumeRole(s)) continue;
      if (HasRestrictingCondition(s, PackList("cross_account_guard_condition_keys"))) continue;
      for (const PrincipalEntry* entry : s.principal.EntriesFor("AWS")) {
        for (const JsonValue* value : entry->values) {
          std::string_view account = AccountOfAwsPrincipal(value->text());
          if (account.empty() || check.settings.IsKnownAccount(account)) continue;
          Finding& f = check.Report(*value, "account " + std::string(account) +
                                                " can assume this role without sts:ExternalId, MFA or an organization condition");
          f.remediation.summary =
              "require the external ID agreed with the other account: add \"Condition\": {\"StringEquals\": "
              "{\"sts:ExternalId\": \"<id>\"}} (or aws:MultiFactorAuthPresent / aws:PrincipalOrgID)";
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeCrossAccountWithoutExternalId() { return std::make_unique<CrossAccountWithoutExternalId>(); }

}  // namespace slim
