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

#include <optional>
#include <set>

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

std::vector<std::string> ServicesOf(const Statement& s, bool exempt) {
  std::vector<std::string> out;
  for (const PrincipalEntry* entry : s.principal.EntriesFor("Service")) {
    for (const JsonValue* value : entry->values) {
      if (Exempt(value->text()) == exempt) out.push_back(value->text());
    }
  }
  return out;
}

std::string JsonStringOrArray(const std::vector<std::string>& values) {
  if (values.size() == 1) return JsonQuote(values[0]);
  std::string out = "[";
  for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + JsonQuote(values[i]);
  return out + "]";
}

// A statement that trusts EC2 (or another service that sends no source context) together
// with services that do: the others move into a statement of their own, which gets the
// condition, and the EC2 statement keeps only the exempt services. Only done when the
// statement has no condition and its principal is services alone, so nothing else is copied.
std::optional<std::vector<DocumentEdit>> SplitEdits(const PolicyDocument& document, const Statement& s,
                                                    std::string_view account_json) {
  if (s.condition || !s.node || !s.action.member || s.principal.entries.size() != 1) return std::nullopt;
  const PrincipalEntry& entry = s.principal.entries.front();
  if (!entry.member || entry.member->key != "Service") return std::nullopt;
  std::vector<std::string> keep = ServicesOf(s, true), move = ServicesOf(s, false);
  if (keep.empty() || move.empty()) return std::nullopt;
  std::string_view text = document.source.text();
  ByteSpan action = s.action.member->value.span();
  // The new statement starts on its own line at the statement's indentation.
  uint32_t begin = s.node->span().begin;
  size_t line_start = text.rfind('\n', begin);
  std::string indent = line_start == std::string_view::npos ? std::string()
                                                            : std::string(text.substr(line_start + 1, begin - line_start - 1));
  if (indent.find_first_not_of(" \t") != std::string::npos) indent.clear();
  std::string added = ",\n" + indent + "{\"Effect\": \"Allow\", \"Principal\": {\"Service\": " + JsonStringOrArray(move) +
                      "}, \"Action\": " + std::string(text.substr(action.begin, action.end - action.begin)) +
                      ", \"Condition\": {\"StringEquals\": {\"aws:SourceAccount\": " + std::string(account_json) + "}}}";
  uint32_t end = s.node->span().end;
  return std::vector<DocumentEdit>{{entry.member->value.span(), JsonStringOrArray(keep)}, {{end, end}, added}};
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
    std::set<const Statement*> split;
    for (const auto& [statement, value] : flagged) {
      if (!HasExemptService(*statement)) {
        edits.push_back(AddCondition(check.document, *statement, "StringEquals", "aws:SourceAccount", JsonQuote(account_text)));
      } else if (auto split_edits = SplitEdits(check.document, *statement, JsonQuote(account_text))) {
        edits.insert(edits.end(), split_edits->begin(), split_edits->end());
        split.insert(statement);
      }
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
        // The condition would also apply to EC2, which sends no source account: split first,
        // moving every service that needs the condition (not just the one reported).
        std::vector<std::string> move = ServicesOf(*statement, false), keep = ServicesOf(*statement, true);
        r.summary = "move " + JoinWithAnd(move) + " into a statement of " + (move.size() == 1 ? "its" : "their") +
                    " own, then add \"Condition\": {\"StringEquals\": {\"aws:SourceAccount\": \"" +
                    (account.empty() ? std::string("<account-id>") : account) + "\"}} to it; " + JoinWithAnd(keep) +
                    (keep.size() == 1 ? " sends" : " send") + " no source account, so the statement that trusts " +
                    (keep.size() == 1 ? "it" : "them") + " must stay without one";
        if (split.count(statement) && !account.empty()) {
          r.fix = MakeFix(FixApplicability::kUnsafe, "split the statement and add an aws:SourceAccount condition",
                          ToFileEdits(check.document, edits));
        } else if (split.count(statement)) {
          r.summary += " (with --account, slim-lint --fix --unsafe-fixes writes it into the file)";
        }
      } else if (!account.empty()) {
        // Unsafe: a service that assumes the role without a source context would be locked out.
        r.fix = MakeFix(FixApplicability::kUnsafe, "add an aws:SourceAccount condition", ToFileEdits(check.document, edits));
      } else {
        r.summary += " (with --account, slim-lint --fix --unsafe-fixes writes it into the file)";
      }
      if (!HasExemptService(*statement) || split.count(statement)) SetCalls(r, calls);
    }
  }
};

}  // namespace

RulePtr MakeServicePrincipalWithoutSource() { return std::make_unique<ServicePrincipalWithoutSource>(); }

}  // namespace slim
