// SL1001 invalid-json: the document is not valid JSON. Reported at the parser's position with
// its reason, so the user can go straight to the broken byte.
#include "rules/grammar/grammar.h"
#include "engine/check.h"

namespace slim {
namespace {

class InvalidJson final : public Rule {
 public:
  InvalidJson()
      : Rule({"SL1001", "invalid-json", Severity::kError, "the file is not valid JSON", {"JSON_SYNTAX_ERROR"}}) {}

  void CheckSource(const SourceCheck& check) const override {
    if (!check.document || !check.document->syntax_error) return;
    const JsonSyntaxError& error = *check.document->syntax_error;
    uint32_t size = static_cast<uint32_t>(check.document->source.text().size());
    uint32_t end = error.offset < size ? error.offset + 1 : error.offset;
    std::string message = "invalid JSON: " + error.message;
    if (!check.document->source.is_whole_file()) message += " in " + check.document->label;
    Finding& finding = check.ReportSpan({error.offset, end}, std::move(message));
    finding.aws_issue_code = "JSON_SYNTAX_ERROR";
  }
};

}  // namespace

RulePtr MakeInvalidJson() { return std::make_unique<InvalidJson>(); }

}  // namespace slim
