// SL1002 duplicate-key: the same key twice in one JSON object. Most parsers keep the later
// value silently, so the earlier one (often a Deny or a Condition) is lost without a word.
#include "rules/grammar/grammar.h"
#include "engine/check.h"

namespace slim {
namespace {

class DuplicateKey final : public Rule {
 public:
  DuplicateKey()
      : Rule({"SL1002", "duplicate-key", Severity::kError,
              "the same key twice in one object (the later value silently wins in most parsers)", {}}) {}

  void CheckSource(const SourceCheck& check) const override {
    if (!check.document) return;
    for (const JsonDuplicateKey& duplicate : check.document->duplicate_keys) {
      Location first = check.document->LocationOf(duplicate.first);
      Finding& finding = check.ReportSpan(
          duplicate.duplicate, "duplicate key \"" + duplicate.key + "\": this value replaces the one at line " +
                                   std::to_string(first.start().line) + " in most parsers");
      finding.json_pointer = duplicate.pointer;
      finding.related.push_back({first, "the first \"" + duplicate.key + "\""});
      finding.remediation.summary = "merge the two \"" + duplicate.key + "\" members into one, or remove the one you do not mean";
    }
  }
};

}  // namespace

RulePtr MakeDuplicateKey() { return std::make_unique<DuplicateKey>(); }

}  // namespace slim
