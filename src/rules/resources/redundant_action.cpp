// SL3019 redundant-action: a value of an Action or NotAction list that another value of the same
// list already covers: "s3:GetObject" next to "s3:Get*", "s3:getobject" next to "s3:GetObject"
// (action names ignore case). A value is covered when the catalog expands it to a subset of what
// the other expands to, or, for names the catalog does not know, when the other's pattern
// matches every name it matches. Removing it changes nothing today; the fix is safe when the
// pattern covers it too (so actions AWS adds later stay covered), unsafe when only today's
// catalog does ("kms:Decrypt*" next to "kms:Decrypt").
#include <algorithm>
#include <map>
#include <numeric>

#include "catalog/catalog.h"
#include "catalog/catalog_text.h"
#include "engine/check.h"
#include "rules/resources/action_coverage.h"
#include "rules/resources/redundancy.h"
#include "rules/resources/resources.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// "kms:Decrypt", "s3:GetObject and s3:GetObjectAcl", "12 actions"
std::string NameActions(std::span<const ActionInfo* const> actions) {
  if (actions.size() > 3) return Plural(actions.size(), "action");
  std::vector<std::string> names;
  for (const ActionInfo* a : actions) names.push_back(a->FullName());
  std::sort(names.begin(), names.end());
  return JoinWithAnd(names);
}

class RedundantAction final : public Rule {
 public:
  RedundantAction()
      : Rule({"SL3019", "redundant-action", Severity::kSuggestion,
              "an Action or NotAction value that another value of the same list already covers", {"REDUNDANT_ACTION"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const StringListElement* e : {&s.action, &s.not_action}) {
        if (e->present() && e->member->value.is_array() && e->values.size() > 1) CheckList(check, s, *e);
      }
    }
  }

 private:
  // Without wildcards a value covers another only when both name one action, case aside: the
  // common list of distinct plain names is settled here without asking the catalog.
  static bool MayOverlap(const StringListElement& e) {
    std::vector<std::string_view> names;
    names.reserve(e.values.size());
    for (const JsonValue* v : e.values) {
      if (HasWildcard(v->text())) return true;
      names.push_back(v->text());
    }
    std::sort(names.begin(), names.end(), catalog_text::LessIgnoreCase);
    return std::adjacent_find(names.begin(), names.end(), EqualsIgnoreCase) != names.end();
  }

  static void CheckList(const DocumentCheck& check, const Statement& s, const StringListElement& e) {
    if (!MayOverlap(e)) return;
    std::vector<ActionValue> values = ResolveActionValues(check, e);
    const size_t n = values.size();
    // Only values of the same service prefix, or with a wildcard in it, can cover each other,
    // and a plain name only by the same name or a pattern: lists of 200,000 names stay cheap.
    std::map<std::string_view, std::vector<size_t>> by_prefix, patterns_by_prefix;
    std::map<std::string, std::vector<size_t>, std::less<>> by_name;  // plain names, lower case
    for (size_t j = 0; j < n; ++j) {
      by_prefix[values[j].prefix].push_back(j);
      if (HasWildcard(values[j].text())) patterns_by_prefix[values[j].prefix].push_back(j);
      else by_name[ToLower(values[j].text())].push_back(j);
    }
    const std::vector<size_t>& wild = by_prefix[""];
    std::vector<std::vector<std::pair<size_t, ActionCover>>> covers(n);  // of each value, the others that cover it
    std::vector<size_t> candidates;
    for (size_t j = 0; j < n; ++j) {
      candidates.clear();
      if (values[j].prefix.empty()) {
        candidates.resize(n);
        std::iota(candidates.begin(), candidates.end(), 0);
      } else if (HasWildcard(values[j].text())) {
        candidates = by_prefix[values[j].prefix];
        candidates.insert(candidates.end(), wild.begin(), wild.end());
      } else {
        candidates = by_name[ToLower(values[j].text())];
        const std::vector<size_t>& patterns = patterns_by_prefix[values[j].prefix];
        candidates.insert(candidates.end(), patterns.begin(), patterns.end());
        candidates.insert(candidates.end(), wild.begin(), wild.end());
      }
      std::sort(candidates.begin(), candidates.end());  // covers are kept in list order
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
      for (size_t i : candidates) {
        if (i == j) continue;
        if (ActionCover c = CoverOf(values[i], values[j]); c != ActionCover::kNone) covers[j].push_back({i, c});
      }
    }
    auto cover = [&](size_t i, size_t j) {
      for (const auto& [k, c] : covers[j]) {
        if (k == i) return c;
      }
      return ActionCover::kNone;
    };
    // Of values that name the same actions, keep the widest pattern ("kms:Decrypt*" over
    // "kms:Decrypt"), so that what goes is covered for future actions too; then the first.
    std::vector<size_t> wider(n, 0);
    std::vector<std::vector<size_t>> covered_by(n);
    for (size_t j = 0; j < n; ++j) {
      for (const auto& [k, c] : covers[j]) {
        covered_by[j].push_back(k);
        wider[j] += c == ActionCover::kPattern && cover(j, k) != ActionCover::kPattern;
      }
    }
    std::vector<size_t> order(n), rank(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return wider[a] < wider[b]; });
    for (size_t r = 0; r < n; ++r) rank[order[r]] = r;
    auto redundant = FindRedundant(covered_by, rank);

    const JsonValue& array = e.member->value;
    std::vector<bool> removed(array.items().size(), false);
    for (size_t j = 0; j < n; ++j) {
      if (redundant[j]) removed[*ItemIndex(array, values[j].node)] = true;
    }
    for (size_t j = 0; j < n; ++j) {
      if (!redundant[j]) continue;
      const ActionValue& gone = values[j];
      const ActionValue& kept = values[*redundant[j]];
      Report(check, s, e, gone, kept, cover(*redundant[j], j), ItemRemovalSpan(array, *ItemIndex(array, gone.node), removed));
    }
  }

  static void Report(const DocumentCheck& check, const Statement& s, const StringListElement& e, const ActionValue& gone,
                     const ActionValue& kept, ActionCover how, ByteSpan removal) {
    const std::string& element = e.member->key;
    std::string where = " in the " + element + " of " + StatementLabel(s);
    std::string message;
    if (gone.text() == kept.text()) {
      message = Quoted(gone.text()) + " is listed twice" + where;
    } else if (EqualsIgnoreCase(gone.text(), kept.text())) {
      message = Quoted(gone.text()) + " names the same action as " + Quoted(kept.text()) + " (IAM ignores the case of action names)" + where;
    } else if (how == ActionCover::kPattern) {
      message = Quoted(gone.text()) + " is already covered by " + Quoted(kept.text()) + where;
    } else {
      message = "every action " + Quoted(gone.text()) + " matches (" + NameActions(gone.actions) + ") is already named by " +
                Quoted(kept.text()) + where;
    }
    Finding& f = check.Report(*gone.node, std::move(message));
    f.aws_issue_code = "REDUNDANT_ACTION";
    f.related.push_back({check.document.LocationOf(kept.node->span()), "covered by " + Quoted(kept.text())});
    std::string summary = EqualsIgnoreCase(gone.text(), kept.text())
                              ? "remove the repeated " + Quoted(gone.text())
                              : "remove " + Quoted(gone.text()) + ": " + Quoted(kept.text()) + " already covers it";
    if (how == ActionCover::kCatalog) {
      summary += " today (an action AWS adds later that only " + Quoted(gone.text()) + " matches would no longer be " +
                 (e.member == s.not_action.member ? "excluded)" : "covered)");
    } else if (s.allows() && e.member == s.action.member && HasWildcard(kept.text()) && !EqualsIgnoreCase(gone.text(), kept.text())) {
      summary += " (unless " + Quoted(kept.text()) + " grants more than intended: then list the actions instead)";
    }
    f.remediation.summary = std::move(summary);
    f.remediation.fix = MakeFix(how == ActionCover::kPattern ? FixApplicability::kSafe : FixApplicability::kUnsafe,
                                "remove " + Quoted(gone.text()) + " from " + element, ToFileEdits(check.document, {{removal, ""}}));
  }
};

}  // namespace

RulePtr MakeRedundantAction() { return std::make_unique<RedundantAction>(); }

}  // namespace slim
