// SL2004 service-principal-without-source: a service principal is trusted (or granted access)
// without aws:SourceAccount or aws:SourceArn. The service acts for every customer, so without
// them it can be induced to use this role or resource on behalf of another account's resource
// (the confused deputy). Services that assume roles without a source context are listed in
// rules/packs/principals.json, not here.
#include "remediation/commands.h"
#include "remediation/json_edit.h"
#include "rules/principals/principals.h"
#include "engine/check.h"
#include "rules/support/document_util.h"
#include "rules/pack/pack_rules.h"
#include "rules/support/principal_util.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

bool Exempt(std::string_view service) {
  for (const std::string& s : PackList("services_without_source_context")) {
    if (s == service) return true;
  }
  return false;
}

bool HasExemptService(const Statement& s) {
  for (const PrincipalEntry* entry : s.principal.EntriesFor("Service")) {
    for (const JsonValue* value : entry->values) {
      if (Exempt(value->text())) return true;
    }
  }
  return false;
}

const JsonValue* FirstNonExemptService(const Statement& s) {
  for (const PrincipalEntry* entry : s.principal.EntriesFor("Service")) {
    for (const JsonValue* value : entry->values) {
      if (!Exempt(value->text())) return value;
    }
  }
  return nullptr;
}

class ServicePrincipalWithoutSource final : public Rule {
 public:
  ServicePrincipalWithoutSource()
      : Rule({"SL2004", "service-principal-without-source", Severity::kWarning,
              "a service principal trusted without aws:SourceAccount or aws:SourceArn (confused deputy)",
              {"RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    PolicyType type = check.type();
    if (type != PolicyType::kTrust && type != PolicyType::kResource) return;
    const auto& source_keys = PackList("source_context_condition_keys");
    std::vector<std::pair<const Statement*, const JsonValue*>> flagged;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows() || HasRestrictingCondition(s, source_keys)) continue;
      // One finding per statement, at its first service that needs the condition.
      if (const JsonValue* service = FirstNonExemptService(s)) flagged.push_back({&s, service});
    }
    if (flagged.empty()) return;

    // One condition per flagged statement; every finding carries the fully corrected document.
    std::string account = check.settings.account_id;
    std::string account_text = account.empty() ? std::string(TemplateValue::kAccountPlaceholder) : account;
    // A statement that also trusts EC2 cannot take the condition as is: it is left out of the
    // edits (its finding explains how to split it) and the rest is still fixed.
    std::vector<DocumentEdit> edits;
    for (const auto& [statement, value] : flagged) {
      if (HasExemptService(*statement)) continue;
      edits.push_back(AddCondition(check.document, *statement, "StringEquals", "aws:SourceAccount", JsonQuote(account_text)));
    }
    std::string corrected = CorrectedDocument(check.document.source.text(), edits);
    std::vector<AwsCall> calls = edits.empty() ? std::vector<AwsCall>{} : UpdateCallsForDocument(check, corrected);
    for (const auto& [statement, value] : flagged) {
      std::string subject = type == PolicyType::kTrust ? "can assume this role" : "is granted access";
      Finding& f = check.Report(*value, "service principal " + value->text() + " " + subject +
                                            " without an aws:SourceAccount or aws:SourceArn condition, so it can act "
                                            "for resources in any account (confused deputy)");
      f.aws_issue_code = "RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL";
      Remediation& r = f.remediation;
      r.summary = "allow the service only when it acts for your own account: add "
                  "\"Condition\": {\"StringEquals\": {\"aws:SourceAccount\": \"" +
                  (account.empty() ? std::string("<account-id>") : account) + "\"}}";
      if (HasExemptService(*statement)) {
        // The condition would also apply to EC2, which sends no source account: split first.
        r.summary = "move " + value->text() + " into a statement of its own, then add \"Condition\": {\"StringEquals\": "
                    "{\"aws:SourceAccount\": \"" + (account.empty() ? std::string("<account-id>") : account) +
                    "\"}} to it; EC2 sends no source account, so the statement that trusts it must stay without one";
      } else if (!account.empty()) {
        // Unsafe: a service that assumes the role without a source context would be locked out.
        r.fix = MakeFix(FixApplicability::kUnsafe, "add an aws:SourceAccount condition", ToFileEdits(check.document, edits));
      } else {
        r.summary += " (with --account, slim-lint --fix --unsafe-fixes writes it into the file)";
      }
      if (!HasExemptService(*statement)) SetCalls(r, calls);
    }
  }
};

}  // namespace

RulePtr MakeServicePrincipalWithoutSource() { return std::make_unique<ServicePrincipalWithoutSource>(); }

}  // namespace slim
