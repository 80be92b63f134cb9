// SL1019 policy-variable-placement: a ${...} policy variable where IAM does not expand it: in
// Action, Principal or Sid (only Resource and Condition values are expanded), or in a policy
// without "Version": "2012-10-17", where every variable is plain text.
#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

// The escapes ${*}, ${?} and ${$} stand for literal characters, not for request values.
bool IsRealVariable(const PolicyVariable& v) { return v.closed && v.body != "*" && v.body != "?" && v.body != "$"; }

class PolicyVariablePlacement final : public Rule {
 public:
  PolicyVariablePlacement()
      : Rule({"SL1019", "policy-variable-placement", Severity::kError,
              "a policy variable outside Resource and Condition, or in a policy without Version 2012-10-17",
              {"VARIABLE_UNSUPPORTED_IN_ELEMENT", "VARIABLE_UNSUPPORTED_IN_VERSION"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    bool versioned = check.document.policy.version_text() == "2012-10-17";
    for (const Statement& s : check.document.policy.statements) {
      for (const StringListElement* e : {&s.action, &s.not_action}) {
        for (const JsonValue* v : e->values) Unsupported(check, *v, e->member->key);
      }
      for (const PrincipalElement* p : {&s.principal, &s.not_principal}) {
        for (const PrincipalEntry& entry : p->entries) {
          for (const JsonValue* v : entry.values) Unsupported(check, *v, p->member->key);
        }
      }
      if (s.sid && s.sid->value.is_string()) Unsupported(check, s.sid->value, "Sid");
      if (versioned) continue;
      for (const StringListElement* e : {&s.resource, &s.not_resource}) {
        for (const JsonValue* v : e->values) Unversioned(check, *v);
      }
      for (const ConditionClause& c : s.conditions) {
        for (const JsonValue* v : c.values) {
          if (v->is_string()) Unversioned(check, *v);
        }
      }
    }
  }

 private:
  static void Unsupported(const DocumentCheck& check, const JsonValue& node, const std::string& element) {
    for (const PolicyVariable& v : FindPolicyVariables(node.text())) {
      if (!IsRealVariable(v)) continue;
      Finding& f = check.ReportSpan(SubstringSpan(check.document, node, v.offset, v.length),
                                    "policy variable ${" + std::string(v.body) + "} is not expanded in \"" + element +
                                        "\"; only Resource and Condition values may use variables",
                                    PointerOf(check.document, &node));
      f.aws_issue_code = "VARIABLE_UNSUPPORTED_IN_ELEMENT";
    }
  }

  static void Unversioned(const DocumentCheck& check, const JsonValue& node) {
    for (const PolicyVariable& v : FindPolicyVariables(node.text())) {
      if (!IsRealVariable(v)) continue;
      Finding& f = check.ReportSpan(SubstringSpan(check.document, node, v.offset, v.length),
                                    "policy variable ${" + std::string(v.body) +
                                        "} is plain text unless the policy has \"Version\": \"2012-10-17\"",
                                    PointerOf(check.document, &node));
      f.aws_issue_code = "VARIABLE_UNSUPPORTED_IN_VERSION";
      f.remediation.summary = "set \"Version\": \"2012-10-17\"";
    }
  }
};

}  // namespace

RulePtr MakePolicyVariablePlacement() { return std::make_unique<PolicyVariablePlacement>(); }

}  // namespace slim
