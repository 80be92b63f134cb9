// SL1004 invalid-version: Version is neither "2012-10-17" nor "2008-10-17"; IAM rejects the
// document.
#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class InvalidVersion final : public Rule {
 public:
  InvalidVersion()
      : Rule({"SL1004", "invalid-version", Severity::kError, "Version is not 2012-10-17 or 2008-10-17",
              {"INVALID_VERSION"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    const JsonMember* version = check.document.policy.version;
    if (!version) return;
    const JsonValue& value = version->value;
    if (!value.is_string()) return;  // a Version that is not a string is SL1014's
    if (value.text() == "2012-10-17" || value.text() == "2008-10-17") return;
    Finding& finding = check.Report(value, "Version \"" + value.text() + "\" is not a policy language version (use \"2012-10-17\")");
    finding.aws_issue_code = "INVALID_VERSION";
    finding.remediation.summary = "set \"Version\": \"2012-10-17\"";
    finding.remediation.fix = MakeFix(FixApplicability::kUnsafe, "replace the version",
                                      ToFileEdits(check.document, {{value.span(), "\"2012-10-17\""}}));
  }
};

}  // namespace

RulePtr MakeInvalidVersion() { return std::make_unique<InvalidVersion>(); }

}  // namespace slim
