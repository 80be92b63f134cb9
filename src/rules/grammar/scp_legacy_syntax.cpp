// SL1022 scp-legacy-syntax: SCP syntax that AWS Organizations rejected until it adopted the full
// IAM policy language for SCPs in September 2025: Allow statements with a Condition, NotAction
// or specific resources, NotResource, and wildcards before the end of an action. It is accepted
// now in the commercial and GovCloud (US) partitions, so this is a note: older tooling (and
// Access Analyzer's SCP checks) still reject it, and other partitions may.
#include "engine/check.h"
#include "rules/grammar/grammar.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

constexpr const char* kWhy = "; AWS Organizations accepts this only since it adopted the full IAM policy language for SCPs "
                             "(September 2025, commercial and GovCloud partitions)";

class ScpLegacySyntax final : public Rule {
 public:
  ScpLegacySyntax()
      : Rule({"SL1022", "scp-legacy-syntax", Severity::kSuggestion,
              "SCP syntax that AWS Organizations rejected before it supported the full IAM policy language",
              {"SCP_SYNTAX_ERROR_ACTION_WILDCARD", "SCP_SYNTAX_ERROR_ALLOW_CONDITION", "SCP_SYNTAX_ERROR_ALLOW_NOTACTION",
               "SCP_SYNTAX_ERROR_ALLOW_RESOURCE", "SCP_SYNTAX_ERROR_NOTRESOURCE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kScp) return;
    for (const Statement& s : check.document.policy.statements) {
      for (const StringListElement* e : {&s.action, &s.not_action}) {
        for (const JsonValue* v : e->values) {
          const std::string& text = v->text();
          size_t wildcard = FindAnyOf(text, "*?");
          if (wildcard != std::string::npos && wildcard + 1 < text.size()) {
            Note(check, *v, "SCP_SYNTAX_ERROR_ACTION_WILDCARD", "\"" + text + "\" has a wildcard before the end of the action",
                 "list the actions the wildcard stands for, or end the pattern at the wildcard when that names no other action");
          }
        }
      }
      if (s.not_resource.present()) {
        // Deny statements of the legacy syntax may name specific resources; only NotResource is new.
        const char* fix = s.denies() ? "name the resources the Deny covers in Resource (Deny statements may name ARNs), or keep "
                                       "Resource \"*\" and exempt what NotResource left out with a condition on the resource "
                                       "(aws:ResourceTag/<key>, aws:ResourceAccount)"
                                     : "grant on \"*\" in the Allow, and add a Deny statement for the resources to keep out";
        Note(check, s.not_resource.member->value, "SCP_SYNTAX_ERROR_NOTRESOURCE", "NotResource in an SCP", fix);
      }
      if (!s.allows()) continue;
      constexpr const char* kUseDeny = "allow the actions on \"*\" with no condition, and express the limit as a Deny statement";
      if (s.condition) Note(check, s.condition->value, "SCP_SYNTAX_ERROR_ALLOW_CONDITION", "a Condition in an Allow statement of an SCP", kUseDeny);
      if (s.not_action.present()) {
        Note(check, s.not_action.member->value, "SCP_SYNTAX_ERROR_ALLOW_NOTACTION", "NotAction in an Allow statement of an SCP",
             "allow \"*\", and deny the excluded actions in a Deny statement (Deny statements may use NotAction)");
      }
      for (const JsonValue* r : s.resource.values) {
        if (r->text() != "*") Note(check, *r, "SCP_SYNTAX_ERROR_ALLOW_RESOURCE", "a specific resource in an Allow statement of an SCP", kUseDeny);
      }
    }
  }

 private:
  // `legacy_form` is how to say the same with the syntax accepted before September 2025.
  static void Note(const DocumentCheck& check, const JsonValue& node, const char* code, const std::string& what, const std::string& legacy_form) {
    Finding& f = check.Report(node, what + kWhy);
    f.aws_issue_code = code;
    f.remediation.summary = "nothing to change in the commercial or GovCloud partitions; for older tooling or other partitions, " + legacy_form;
  }
};

}  // namespace

RulePtr MakeScpLegacySyntax() { return std::make_unique<ScpLegacySyntax>(); }

}  // namespace slim
