// SL1005 missing-version: without "Version": "2012-10-17", IAM reads the policy with the 2008
// language, in which policy variables such as ${aws:username} are plain text.
#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class MissingVersion final : public Rule {
 public:
  MissingVersion()
      : Rule({"SL1005", "missing-version", Severity::kWarning,
              "no Version element: the policy is read with the 2008 language, without policy variables",
              {"MISSING_VERSION"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    const Policy& policy = check.document.policy;
    if (!policy.root || policy.version) return;
    Finding& finding = check.ReportSpan({policy.root->span().begin, policy.root->span().begin + 1},
                                        "the policy has no \"Version\"; add \"Version\": \"2012-10-17\"", "");
    finding.aws_issue_code = "MISSING_VERSION";
    finding.remediation.summary = "add \"Version\": \"2012-10-17\" as the first member";
    {
      // Insert after the opening brace, keeping the document's own indentation style.
      std::string_view text = check.document.source.text();
      uint32_t after_brace = policy.root->span().begin + 1;
      std::string indent = "\n  ";
      if (!policy.root->members().empty()) {
        uint32_t first_key = policy.root->members().front().key_span.begin;
        std::string_view gap = text.substr(after_brace, first_key - after_brace);
        indent = std::string(gap);
      }
      bool empty = policy.root->members().empty();
      uint32_t at = empty ? after_brace : policy.root->members().front().key_span.begin;
      std::string insertion = empty ? "\"Version\": \"2012-10-17\"" : "\"Version\": \"2012-10-17\"," + indent;
      // With "${" in the text, the new version turns literal text into policy variables.
      bool changes_meaning = text.find("${") != std::string_view::npos;
      finding.remediation.fix = MakeFix(changes_meaning ? FixApplicability::kUnsafe : FixApplicability::kSafe, "add the Version element",
                                        ToFileEdits(check.document, {{{at, at}, insertion}}));
    }
  }
};

}  // namespace

RulePtr MakeMissingVersion() { return std::make_unique<MissingVersion>(); }

}  // namespace slim
