// SL1015 invalid-sid: IAM accepts only ASCII letters and digits in a Sid of an identity or trust
// policy; other characters make it reject the whole document.
#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

class InvalidSid final : public Rule {
 public:
  InvalidSid()
      : Rule({"SL1015", "invalid-sid", Severity::kError, "a Sid has characters other than letters and digits",
              {"UNSUPPORTED_SID"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    // Resource policies of other services (S3, SNS, ...) accept spaces and more in a Sid.
    PolicyType type = check.type();
    if (type == PolicyType::kResource) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.sid || !s.sid->value.is_string()) continue;
      const std::string& sid = s.sid->value.text();
      // "List reports bucket" becomes "ListReportsBucket": words keep their capital.
      std::string cleaned;
      bool only_ascii = true, capitalize = false;
      for (char c : sid) {
        only_ascii &= static_cast<unsigned char>(c) < 0x80;
        if (IsAlnum(c)) {
          cleaned += capitalize && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
          capitalize = false;
        } else {
          capitalize = true;
        }
      }
      if (cleaned.size() == sid.size()) continue;
      Finding& f = check.Report(s.sid->value, "Sid \"" + sid + "\" may contain only ASCII letters and digits");
      f.aws_issue_code = "UNSUPPORTED_SID";
      bool collides = false;
      for (const Statement& other : check.document.policy.statements) collides |= other.sid_text() == cleaned;
      if (!cleaned.empty() && !collides) {
        f.remediation.summary = "use \"" + cleaned + "\"";
        // Dropping letters such as "Ü" loses meaning: only a punctuation-only change is safe.
        f.remediation.fix = MakeFix(only_ascii ? FixApplicability::kSafe : FixApplicability::kUnsafe, "remove the other characters",
                                    ToFileEdits(check.document, {{s.sid->value.span(), "\"" + cleaned + "\""}}));
      } else {
        f.remediation.summary = "rename the statement with letters and digits only";
      }
    }
  }
};

}  // namespace

RulePtr MakeInvalidSid() { return std::make_unique<InvalidSid>(); }

}  // namespace slim
