// SL1003 byte-order-mark: a UTF-8 byte order mark before the JSON. The AWS CLI passes a
// file:// document through as text, mark included, and AWS policy parsers expect the first
// character to be '{' (S3 says so in its error message).
#include "rules/builtin_rules.h"
#include "engine/check.h"

namespace slim {
namespace {

class ByteOrderMark final : public Rule {
 public:
  ByteOrderMark()
      : Rule({"SL1003", "byte-order-mark", Severity::kWarning,
              "a UTF-8 byte order mark before the document, which AWS policy parsers may reject", {}}) {}

  void CheckSource(const SourceCheck& check) const override {
    if (!check.document || !check.document->has_bom) return;
    const SourceFilePtr& file = check.document->source.file();
    Finding& finding = check.Report(Location{file, {0, 3}}, "the file starts with a UTF-8 byte order mark");
    finding.remediation.summary = "remove the byte order mark";
    finding.remediation.fix = {FixApplicability::kSafe, "delete the first three bytes", {{file, {0, 3}, ""}}};
  }
};

}  // namespace

RulePtr MakeByteOrderMark() { return std::make_unique<ByteOrderMark>(); }

}  // namespace slim
