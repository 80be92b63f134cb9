// SL7008 mixed-condition-value-types: the values of one condition key mix JSON types
// (["true", false], [3600, "7200"]). Access Analyzer reports it as an error: a key's values must
// share one type. The fix writes every value as a string, the form IAM documents.
#include <set>

#include "engine/check.h"
#include "rules/conditions/conditions.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

bool IsScalar(const JsonValue& v) { return v.is_string() || v.is_number() || v.is_bool(); }

class MixedConditionValueTypes final : public Rule {
 public:
  MixedConditionValueTypes()
      : Rule({"SL7008", "mixed-condition-value-types", Severity::kError,
              "the values of one condition key mix JSON types (strings with numbers or booleans)",
              {"INVALID_CONDITION_DATA_TYPE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        const JsonValue& list = clause.key_member->value;
        if (!list.is_array()) continue;
        std::set<std::string> kinds;
        for (const JsonValue& item : list.items()) {
          if (IsScalar(item)) kinds.insert(std::string(JsonKindName(item.kind())));
        }
        if (kinds.size() < 2) continue;
        std::vector<std::string> names(kinds.begin(), kinds.end());
        Finding& f = check.Report(list, "the values of \"" + clause.key_member->key + "\" mix " + JoinWithAnd(names) +
                                            " values: one condition key takes values of one JSON type");
        f.aws_issue_code = "INVALID_CONDITION_DATA_TYPE";
        f.remediation.summary = "write every value as a string";
        std::vector<DocumentEdit> edits;
        for (const JsonValue& item : list.items()) {
          if (item.is_number() || item.is_bool()) edits.push_back({item.span(), "\"" + item.text() + "\""});
        }
        f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "quote the number and boolean values",
                                    ToFileEdits(check.document, edits));
      }
    }
  }
};

}  // namespace

RulePtr MakeMixedConditionValueTypes() { return std::make_unique<MixedConditionValueTypes>(); }

}  // namespace slim
