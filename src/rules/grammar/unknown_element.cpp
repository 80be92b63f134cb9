// SL1012 unknown-element: a key that is not a policy element (IAM rejects the document).
// Element names are case-sensitive, so a near miss gets the right spelling as a fix.
#include <algorithm>
#include <array>

#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

constexpr std::array<std::string_view, 3> kTopLevel = {"Version", "Id", "Statement"};
constexpr std::array<std::string_view, 9> kStatement = {"Sid",       "Effect",   "Principal",   "NotPrincipal", "Action",
                                                        "NotAction", "Resource", "NotResource", "Condition"};

// The known name nearest to `key` (case-insensitive edit distance at most 2), or empty.
template <size_t N>
std::string_view Closest(std::string_view key, const std::array<std::string_view, N>& known) {
  std::string_view best;
  size_t best_distance = 3;
  for (std::string_view k : known) {
    size_t distance = EditDistance(k, key, 2);
    if (distance < best_distance) {
      best = k;
      best_distance = distance;
    }
  }
  return best;
}

class UnknownElement final : public Rule {
 public:
  UnknownElement()
      : Rule({"SL1012", "unknown-element", Severity::kError, "a key that is not a policy element (names are case-sensitive)",
              {"INVALID_POLICY_ELEMENT"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    const Policy& policy = check.document.policy;
    if (!policy.root) return;
    CheckKeys(check, *policy.root, kTopLevel, "top level of the policy");
    for (const Statement& s : policy.statements) CheckKeys(check, *s.node, kStatement, StatementLabel(s));
  }

 private:
  template <size_t N>
  void CheckKeys(const DocumentCheck& check, const JsonValue& object, const std::array<std::string_view, N>& known,
                 const std::string& where) const {
    for (const JsonMember& member : object.members()) {
      if (std::find(known.begin(), known.end(), member.key) != known.end()) continue;
      std::string_view closest = Closest(member.key, known);
      std::string message = "\"" + member.key + "\" is not a policy element at the " + where;
      if (where.rfind("statement", 0) == 0) message = "\"" + member.key + "\" is not a policy element in " + where;
      if (!closest.empty()) message += "; did you mean \"" + std::string(closest) + "\"?";
      Finding& f = check.ReportKey(member, std::move(message));
      f.aws_issue_code = "INVALID_POLICY_ELEMENT";
      if (!closest.empty() && !object.Find(closest)) {
        // Only a change of case is certain; "NoAction" could mean Action or NotAction, which
        // are opposites, so any other correction is left to --unsafe-fixes.
        bool case_only = EqualsIgnoreCase(closest, member.key);
        f.remediation.summary = "rename it to \"" + std::string(closest) + "\"";
        f.remediation.fix = MakeFix(case_only ? FixApplicability::kSafe : FixApplicability::kUnsafe, "correct the element name",
                                    ToFileEdits(check.document, {{member.key_span, "\"" + std::string(closest) + "\""}}));
      }
    }
  }
};

}  // namespace

RulePtr MakeUnknownElement() { return std::make_unique<UnknownElement>(); }

}  // namespace slim
