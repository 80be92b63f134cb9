// SL4001 hardcoded-account-id: a 12-digit account ID written into an ARN. The script or policy
// then works in one account only, and copying it to another (staging, a colleague's sandbox)
// silently points at the wrong account. Scripts look the ID up at run time instead.
#include "model/arn.h"
#include "remediation/commands.h"
#include "remediation/json_edit.h"
#include "rules/accounts/accounts.h"
#include "engine/check.h"
#include "rules/support/command_util.h"
#include "rules/support/document_util.h"
#include "rules/pack/pack_rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/script_edits.h"
#include "util/strings.h"

namespace slim {
namespace {

bool IsPlaceholder(std::string_view account) {
  for (const std::string& p : PackList("placeholder_account_ids")) {
    if (p == account) return true;
  }
  return false;
}

// The offset of a hardcoded account inside an ARN in `text`, if there is one.
std::optional<size_t> ArnAccountOffset(std::string_view text) {
  size_t pos = text.find("arn:");
  while (pos != std::string_view::npos) {
    if (auto arn = ParseArn(text.substr(pos)); arn && IsAccountId(arn->account.substr(0, 12)) &&
                                                 arn->account.size() == 12 && !IsPlaceholder(arn->account)) {
      return pos + arn->account_offset;
    }
    pos = text.find("arn:", pos + 4);
  }
  return std::nullopt;
}

class HardcodedAccountId final : public Rule {
 public:
  HardcodedAccountId()
      : Rule({"SL4001", "hardcoded-account-id", Severity::kWarning,
              "a 12-digit account ID written into an ARN, in a policy or a script", {}}) {}

  void CheckSource(const SourceCheck& check) const override {
    if (!check.script) return;
    for (const ShellCommand& command : check.script->shell.commands) {
      for (const ShellWord& word : command.words) {
        if (LooksLikeJson(word.text)) continue;  // a policy written inline is checked as a document
        auto offset = ArnAccountOffset(word.text);
        if (!offset) continue;
        std::string account = word.text.substr(*offset, 12);
        size_t arn_begin = word.text.rfind("arn:", *offset);
        size_t arn_end = FindAnyOf(word.text, " \t\"'", arn_begin);
        ShellWord arn = SliceWord(word, arn_begin, arn_end == std::string::npos ? word.text.size() : arn_end);
        Finding& f = check.Report({check.script->file, arn.span},
                                  "account ID " + account + " is hardcoded in " +
                                      (StartsWith(arn.text, "arn:aws:iam::" + account + ":policy/") ? "a policy ARN" : "an ARN"));
        Remediate(check, f, command, word, *offset, account);
      }
    }
  }

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.document.anchor) return;  // AWS managed policies are AWS's to change
    for (const Statement& s : check.document.policy.statements) {
      std::vector<const JsonValue*> values(s.resource.values.begin(), s.resource.values.end());
      values.insert(values.end(), s.not_resource.values.begin(), s.not_resource.values.end());
      size_t resource_count = values.size();
      for (const PrincipalElement* p : {&s.principal, &s.not_principal}) {
        for (const PrincipalEntry& e : p->entries) values.insert(values.end(), e.values.begin(), e.values.end());
      }
      for (const ConditionClause& c : s.conditions) {
        for (const JsonValue* v : c.values) {
          if (v->is_string()) values.push_back(v);
        }
      }
      for (size_t i = 0; i < values.size(); ++i) {
        const JsonValue* value = values[i];
        auto offset = ArnAccountOffset(value->text());
        if (!offset) continue;
        std::string account = value->text().substr(*offset, 12);
        Finding& f = check.Report(*value, "account ID " + account + " is hardcoded in \"" + value->text() + "\"");
        f.remediation.summary = "where the resource is in the caller's own account, write ${aws:PrincipalAccount} for the "
                                "account (as AWS's own managed policies do); otherwise generate the document from a "
                                "template with an ACCOUNT_ID placeholder (docs/rules/SL4001-hardcoded-account-id.md)";
        if (i < resource_count) OwnAccountVariable(check, *value, *offset, account, f);
      }
    }
  }

 private:
  // In an identity policy the caller's account is the policy's own, so a resource ARN in the
  // account the scripts deploy to (--account) can name it as ${aws:PrincipalAccount}: the same
  // grant there, and the right one in every other account the policy is deployed to. Policy
  // variables need the 2012-10-17 language.
  static void OwnAccountVariable(const DocumentCheck& check, const JsonValue& value, size_t offset,
                                 const std::string& account, Finding& f) {
    if (check.settings.account_id != account || check.type() != PolicyType::kIdentity ||
        check.document.policy.version_text() != "2012-10-17") {
      return;
    }
    // The edit is made in the raw text: only where the string is written without escapes.
    std::string_view raw = check.document.source.text().substr(value.span().begin, value.span().end - value.span().begin);
    if (raw != JsonQuote(value.text())) return;
    uint32_t at = value.span().begin + 1 + static_cast<uint32_t>(offset);
    f.remediation.summary = "the resource is in the account the policy belongs to: write ${aws:PrincipalAccount} for "
                            "the account";
    f.remediation.fix = MakeFix(FixApplicability::kSafe, "write ${aws:PrincipalAccount} for " + account,
                                ToFileEdits(check.document, {{{at, at + 12}, "${aws:PrincipalAccount}"}}));
  }

  static void Remediate(const SourceCheck& check, Finding& f, const ShellCommand& command, const ShellWord& word,
                        size_t offset, const std::string& account) {
    Remediation& r = f.remediation;
    r.summary = "look the account ID up at run time";
    r.fix = MakeFix(FixApplicability::kSafe, "use ${ACCOUNT_ID}, set once from aws sts get-caller-identity",
                    AccountVariableEdits(*check.script, word, offset, account));
    // The command as it should read, when the word is part of an aws command.
    for (const AwsCommand& aws : check.script->aws.commands) {
      if (aws.span.begin > word.span.begin || aws.span.end < word.span.end || aws.span.begin != command.span.begin) continue;
      CommandCheck as_command{{check.catalog, check.settings, check.model, check.sink}, *check.script, aws};
      if (auto principal = CommandPrincipal(as_command)) f.principal = principal;
      auto placeholder = [&](std::string value) {
        for (size_t at; (at = value.find(account)) != std::string::npos;) {
          value.replace(at, account.size(), TemplateValue::kAccountPlaceholder);
        }
        return value;
      };
      SetCalls(r, {CallFromCommand(as_command, placeholder)});
    }
  }
};

}  // namespace

RulePtr MakeHardcodedAccountId() { return std::make_unique<HardcodedAccountId>(); }

}  // namespace slim
