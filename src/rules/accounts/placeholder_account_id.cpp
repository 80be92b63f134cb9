// SL4002 placeholder-account-id: an account ID from AWS documentation (123456789012,
// 111122223333, ...) left in a policy or script. It names an account that is not yours, so the
// grant or trust never works, or works for a stranger. The list is data in
// rules/packs/accounts.json.
#include <functional>

#include "rules/accounts/accounts.h"
#include "engine/check.h"
#include "rules/support/document_util.h"
#include "rules/pack/pack_rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/script_edits.h"

namespace slim {
namespace {

bool IsPlaceholder(std::string_view account) {
  for (const std::string& p : PackList("placeholder_account_ids")) {
    if (p == account) return true;
  }
  return false;
}

void VisitStrings(const JsonValue& node, const std::function<void(const JsonValue&)>& visit) {
  if (node.is_string()) visit(node);
  for (const JsonValue& item : node.items()) VisitStrings(item, visit);
  for (const JsonMember& member : node.members()) VisitStrings(member.value, visit);
}

constexpr const char* kAdvice = "replace it with your account ID";

class PlaceholderAccountId final : public Rule {
 public:
  PlaceholderAccountId()
      : Rule({"SL4002", "placeholder-account-id", Severity::kError,
              "a documentation account ID (123456789012, 111122223333, ...) left in", {}}) {}

  void CheckSource(const SourceCheck& check) const override {
    if (!check.script) return;
    for (const ShellCommand& command : check.script->shell.commands) {
      for (const ShellWord& word : command.words) {
        if (LooksLikeJson(word.text)) continue;  // a policy written inline is checked as a document
        for (size_t offset : FindAccountIds(word.text)) {
          std::string account = word.text.substr(offset, 12);
          if (!IsPlaceholder(account)) continue;
          ShellWord digits = SliceWord(word, offset, offset + 12);
          Finding& f = check.Report({check.script->file, digits.span},
                                    "account ID " + account + " is an example from the AWS documentation, not a real account");
          f.remediation.summary = "look your account ID up at run time";
          f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "use ${ACCOUNT_ID}, set from aws sts get-caller-identity",
                                      AccountVariableEdits(*check.script, word, offset, account));
        }
      }
    }
  }

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.document.anchor) return;
    VisitStrings(*check.document.root, [&](const JsonValue& node) {
      for (size_t offset : FindAccountIds(node.text())) {
        std::string account = node.text().substr(offset, 12);
        if (!IsPlaceholder(account)) continue;
        Finding& f = check.ReportSpan(SubstringSpan(check.document, node, offset, 12),
                                      "account ID " + account + " is an example from the AWS documentation, not a real account",
                                      PointerOf(check.document, &node));
        f.remediation.summary = kAdvice;
      }
    });
  }
};

}  // namespace

RulePtr MakePlaceholderAccountId() { return std::make_unique<PlaceholderAccountId>(); }

}  // namespace slim
