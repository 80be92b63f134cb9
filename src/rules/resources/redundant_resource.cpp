// SL3020 redundant-resource: a value of a Resource or NotResource list that another value of
// the same list already covers: "arn:aws:s3:::b/x" next to "arn:aws:s3:::b/*", anything next to
// "*", the same ARN twice. IAM ORs the values, so the covered one changes nothing, and the fix
// (removing it) is safe. Coverage is wildcard inclusion (glob_inclusion.h), field by field.
#include <numeric>

#include "engine/check.h"
#include "rules/resources/redundancy.h"
#include "rules/resources/resource_coverage.h"
#include "rules/resources/resources.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

class RedundantResource final : public Rule {
 public:
  RedundantResource()
      : Rule({"SL3020", "redundant-resource", Severity::kSuggestion,
              "a Resource or NotResource value that another value of the same list already covers", {"REDUNDANT_RESOURCE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const StringListElement* e : {&s.resource, &s.not_resource}) {
        if (e->present() && e->member->value.is_array() && e->values.size() > 1) CheckList(check, s, *e);
      }
    }
  }

 private:
  static void CheckList(const DocumentCheck& check, const Statement& s, const StringListElement& e) {
    const auto& values = e.values;
    const size_t n = values.size();
    std::vector<size_t> rank(n);
    std::iota(rank.begin(), rank.end(), 0);
    std::vector<std::vector<size_t>> covered_by(n);
    for (size_t j = 0; j < n; ++j) {
      for (size_t i = 0; i < n; ++i) {
        if (i != j && ResourceCovers(values[i]->text(), values[j]->text())) covered_by[j].push_back(i);
      }
    }
    auto redundant = FindRedundant(covered_by, rank);

    const JsonValue& array = e.member->value;
    std::vector<bool> removed(array.items().size(), false);
    for (size_t j = 0; j < n; ++j) {
      if (redundant[j]) removed[*ItemIndex(array, values[j])] = true;
    }
    for (size_t j = 0; j < n; ++j) {
      if (!redundant[j]) continue;
      const JsonValue& gone = *values[j];
      const JsonValue& kept = *values[*redundant[j]];
      std::string where = " in the " + e.member->key + " of " + StatementLabel(s);
      Finding& f = check.Report(gone, gone.text() == kept.text() ? Quoted(gone.text()) + " is listed twice" + where
                                                                 : Quoted(gone.text()) + " is already covered by " + Quoted(kept.text()) + where);
      f.aws_issue_code = "REDUNDANT_RESOURCE";
      f.related.push_back({check.document.LocationOf(kept.span()), "covered by " + Quoted(kept.text())});
      std::string summary = gone.text() == kept.text() ? "remove the repeated " + Quoted(gone.text())
                                                       : "remove " + Quoted(gone.text()) + ": " + Quoted(kept.text()) + " already covers it";
      // A wildcard that swallows a specific ARN is often broader than meant; for an Allow, say so.
      if (s.allows() && e.member == s.resource.member && HasWildcard(kept.text()) && gone.text() != kept.text()) {
        summary += " (unless " + Quoted(kept.text()) + " names more than intended: then keep the specific ARNs and remove it instead)";
      }
      f.remediation.summary = std::move(summary);
      f.remediation.fix = MakeFix(FixApplicability::kSafe, "remove " + Quoted(gone.text()) + " from " + e.member->key,
                                  ToFileEdits(check.document, {{ItemRemovalSpan(array, *ItemIndex(array, &gone), removed), ""}}));
    }
  }
};

}  // namespace

RulePtr MakeRedundantResource() { return std::make_unique<RedundantResource>(); }

}  // namespace slim
