// SL1018 policy-variable-syntax: a malformed ${...} policy variable. IAM rejects "${" without
// "}", "${}", spaces inside the braces, and a default value not in single quotes.
#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

struct Problem {
  const char* code;
  std::string message;
};

std::optional<Problem> Diagnose(const PolicyVariable& v) {
  if (!v.closed) return Problem{"MISSING_BRACE_IN_VARIABLE", "policy variable \"${" + std::string(v.body) + "\" has no closing '}'"};
  if (v.body.empty()) return Problem{"EMPTY_VARIABLE", "empty policy variable \"${}\""};
  std::string_view name = v.body;
  std::string_view fallback;
  size_t comma = v.body.find(',');
  if (comma != std::string_view::npos) {
    name = v.body.substr(0, comma);
    fallback = Trim(v.body.substr(comma + 1));
    if (fallback.size() < 2 || fallback.front() != '\'' || fallback.back() != '\'') {
      return Problem{"MISSING_QUOTE_IN_VARIABLE", "the default value in \"${" + std::string(v.body) +
                                                      "}\" must be in single quotes, e.g. ${" + std::string(Trim(name)) + ", '" +
                                                      std::string(fallback) + "'}"};
    }
  }
  if (FindAnyOf(name, " \t") != std::string_view::npos) {
    return Problem{"UNSUPPORTED_SPACE_IN_VARIABLE", "policy variable \"${" + std::string(v.body) + "}\" has a space in its name"};
  }
  return std::nullopt;
}

class PolicyVariableSyntax final : public Rule {
 public:
  PolicyVariableSyntax()
      : Rule({"SL1018", "policy-variable-syntax", Severity::kError, "a malformed ${...} policy variable",
              {"MISSING_BRACE_IN_VARIABLE", "EMPTY_VARIABLE", "MISSING_QUOTE_IN_VARIABLE", "UNSUPPORTED_SPACE_IN_VARIABLE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const StringListElement* e : {&s.action, &s.not_action, &s.resource, &s.not_resource}) {
        for (const JsonValue* v : e->values) CheckString(check, *v);
      }
      for (const PrincipalElement* p : {&s.principal, &s.not_principal}) {
        for (const PrincipalEntry& entry : p->entries) {
          for (const JsonValue* v : entry.values) CheckString(check, *v);
        }
      }
      for (const ConditionClause& c : s.conditions) {
        for (const JsonValue* v : c.values) {
          if (v->is_string()) CheckString(check, *v);
        }
      }
    }
  }

 private:
  static void CheckString(const DocumentCheck& check, const JsonValue& node) {
    for (const PolicyVariable& v : FindPolicyVariables(node.text())) {
      auto problem = Diagnose(v);
      if (!problem) continue;
      ByteSpan span = SubstringSpan(check.document, node, v.offset, v.length);
      Finding& f = check.ReportSpan(span, std::move(problem->message), PointerOf(check.document, &node));
      f.aws_issue_code = problem->code;
    }
  }
};

}  // namespace

RulePtr MakePolicyVariableSyntax() { return std::make_unique<PolicyVariableSyntax>(); }

}  // namespace slim
