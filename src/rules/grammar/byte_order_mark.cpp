// SL1003 byte-order-mark: a UTF-8 byte order mark before the JSON. The AWS CLI passes a
// file:// document through as text, mark included, and U+FEFF is outside the characters IAM
// accepts in a policy (tab, line feed, carriage return and U+0020-U+00FF).
#include "rules/grammar/grammar.h"
#include "engine/check.h"

namespace slim {
namespace {

class ByteOrderMark final : public Rule {
 public:
  ByteOrderMark()
      : Rule({"SL1003", "byte-order-mark", Severity::kError,
              "a UTF-8 byte order mark before the document, which IAM rejects", {}}) {}

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
