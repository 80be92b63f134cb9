// SL2025 confirm-audience-claim-type: a condition on an OIDC provider's audience claim
// (<host>:aud, such as token.actions.githubusercontent.com:aud or
// cognito-identity.amazonaws.com:aud) uses a set qualifier, ForAnyValue: or ForAllValues:. The
// qualifiers are for multivalued keys; Access Analyzer's CONFIRM_AUDIENCE_CLAIM_TYPE asks to
// drop them when the provider issues single-valued audiences (GitHub Actions does; a Cognito
// audience is one identity pool ID) and to keep them only for a provider whose tokens carry
// several audiences. ForAllValues also holds when the key is absent. GitHub's documentation once
// showed ForAllValues:StringEquals for these claims, so old trust policies often have it.
// SAML:aud is not an OIDC claim; the
// qualifiers on single-valued keys in general are SL7018's, which leaves identity-provider claims
// alone.
#include <algorithm>

#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/principals/principals.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// "<host>:aud" for an OIDC provider: its prefix is a host name (a service prefix has no dot).
bool IsOidcAudienceKey(std::string_view key) {
  size_t colon = key.rfind(':');
  if (colon == std::string_view::npos || !EqualsIgnoreCase(key.substr(colon + 1), "aud")) return false;
  return key.substr(0, colon).find('.') != std::string_view::npos;
}

class ConfirmAudienceClaimType final : public Rule {
 public:
  ConfirmAudienceClaimType()
      : Rule({"SL2025", "confirm-audience-claim-type", Severity::kSuggestion,
              "a ForAnyValue or ForAllValues qualifier on an OIDC provider's single-valued aud claim",
              {"CONFIRM_AUDIENCE_CLAIM_TYPE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kTrust) return;
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        const std::string& qualifier = clause.op.qualifier;
        const std::string& key = clause.key_member->key;
        if (qualifier.empty() || !IsOidcAudienceKey(key)) continue;
        std::string plain = clause.operator_member->key.substr(qualifier.size() + 1);
        std::string message = "\"" + qualifier + ":\" treats " + key + " as a list of audiences, but the claim holds a single " +
                              "audience unless your provider issues tokens with several";
        if (qualifier == "ForAllValues") message += ", and with ForAllValues the condition also holds for a token without it";
        Finding& f = check.ReportKey(*clause.key_member, std::move(message));
        f.aws_issue_code = "CONFIRM_AUDIENCE_CLAIM_TYPE";
        f.remediation.summary = "use \"" + plain + "\" without the qualifier, unless your provider issues tokens with several audiences";
        // Renaming the operator changes every key under it: only when all of them are audiences.
        const auto& keys = clause.operator_member->value.members();
        if (std::all_of(keys.begin(), keys.end(), [](const JsonMember& m) { return IsOidcAudienceKey(m.key); })) {
          f.remediation.fix = conditions::RenameFix(check.document, *clause.operator_member, s.condition->value, plain,
                                                    "rename \"" + clause.operator_member->key + "\" to \"" + plain + "\"");
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeConfirmAudienceClaimType() { return std::make_unique<ConfirmAudienceClaimType>(); }

}  // namespace slim
