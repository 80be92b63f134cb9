// SL7009 wildcard-without-like-operator: a '*' or '?' in a value of StringEquals, StringNotEquals
// or their IgnoreCase forms. Those operators compare literally, so "arn:aws:iam::*:role/ci" only
// matches a request value that really contains a '*'. StringLike (StringNotLike) treats them as
// wildcards. A "${*}" policy variable is the documented way to write a literal '*' and is fine.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

// The Like operator with the same sense, keeping qualifier and IfExists; empty for IgnoreCase
// operators, which have no Like form.
std::string LikeCounterpart(std::string_view written) {
  for (auto [from, to] : {std::pair{"StringNotEquals", "StringNotLike"}, std::pair{"StringEquals", "StringLike"}}) {
    size_t at = written.find(from);
    if (at == std::string_view::npos) continue;
    std::string_view rest = written.substr(at + std::string_view(from).size());
    if (!rest.empty() && rest != "IfExists") return {};
    return std::string(written.substr(0, at)) + to + std::string(rest);
  }
  return {};
}

class WildcardWithoutLikeOperator final : public Rule {
 public:
  WildcardWithoutLikeOperator()
      : Rule({"SL7009", "wildcard-without-like-operator", Severity::kWarning,
              "a '*' or '?' in a value of a String operator that compares literally (StringEquals, StringNotEquals, ...)",
              {"WILDCARD_WITHOUT_LIKE_OPERATOR"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.condition || !s.condition->value.is_object()) continue;
      for (const JsonMember& op : s.condition->value.members()) {
        conditions::ResolvedOperator resolved = conditions::ResolveOperator(check.catalog, op.key);
        if (resolved.family() != ConditionOperatorFamily::kString || resolved.accepts_wildcards() || !op.value.is_object()) {
          continue;
        }
        std::string like = LikeCounterpart(op.key);
        bool fix_offered = false;
        for (const ConditionClause& clause : s.conditions) {
          if (clause.operator_member != &op) continue;
          for (const JsonValue* value : clause.values) {
            if (!value->is_string() || !conditions::HasUnescapedWildcard(value->text())) continue;
            std::string message = std::string(resolved.info->name) + " compares \"" + value->text() +
                                  "\" literally: '*' and '?' are not wildcards here, so " +
                                  (resolved.negated() ? "only that exact text is excluded" : "only that exact text matches");
            Finding& f = check.Report(*value, std::move(message));
            f.aws_issue_code = "WILDCARD_WITHOUT_LIKE_OPERATOR";
            if (like.empty()) {
              f.remediation.summary = "use StringLike or StringNotLike for patterns (they are case-sensitive), or ${*} "
                                      "and ${?} for a literal '*' or '?'";
              continue;
            }
            f.remediation.summary = "use " + like + " for a pattern, or write ${*} and ${?} for a literal '*' or '?'";
            if (!fix_offered) {  // one rename per block
              f.remediation.fix = conditions::RenameFix(check.document, op, s.condition->value, like,
                                                        "rename \"" + op.key + "\" to \"" + like + "\"");
              fix_offered = true;
            }
          }
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeWildcardWithoutLikeOperator() { return std::make_unique<WildcardWithoutLikeOperator>(); }

}  // namespace slim
