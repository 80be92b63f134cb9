// SL3002 unknown-action: an action that does not exist in its service ("s3:ListBucketByTags"),
// a name without a service prefix, or a pattern that matches no action. IAM rejects unknown
// actions in identity policies; a pattern that matches nothing grants nothing. The finding
// suggests the closest real action; when one stands out, --unsafe-fixes writes it.
#include "engine/check.h"
#include "rules/actions/actions.h"
#include "catalog/action_lookup.h"
#include "rules/support/action_values.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

class UnknownAction final : public Rule {
 public:
  UnknownAction()
      : Rule({"SL3002", "unknown-action", Severity::kError,
              "an action that does not exist in its service, or a pattern that matches no action; suggests the closest name",
              {"INVALID_ACTION"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.document.anchor) return;
    ForEachActionValue(check, [&](const Statement& statement, const JsonValue& value, bool not_action) {
      const ActionLookup& lookup = check.LookUp(value);
      const std::string& text = value.text();
      if (lookup.status == ActionStatus::kMalformed) {
        Finding& f = check.Report(value, "\"" + text + "\" is not an action: actions are written service:ActionName");
        f.aws_issue_code = "INVALID_ACTION";
        f.remediation.summary = "write the action with its service prefix, e.g. s3:GetObject";
        return;
      }
      if (lookup.status != ActionStatus::kUnknownAction) return;
      std::string service = text.substr(0, text.find(':'));
      if (HasWildcard(text.substr(service.size() + 1))) {
        std::string effect = not_action            ? "so NotAction excludes nothing through it"
                             : statement.denies()  ? "so it denies nothing"
                                                   : "so it grants nothing";
        Finding& f = check.Report(value, "\"" + text + "\" matches no " + service + " action, " + effect);
        f.aws_issue_code = "INVALID_ACTION";
        f.remediation.summary = "correct the pattern (slim-lint actions '" + service + ":*' lists the service's actions)";
        return;
      }
      std::string message = "\"" + text + "\" is not an action of " + service;
      if (!lookup.suggestion.empty()) message += "; did you mean \"" + lookup.suggestion + "\"?";
      Finding& f = check.Report(value, std::move(message));
      f.aws_issue_code = "INVALID_ACTION";
      if (lookup.suggestion.empty()) {
        f.remediation.summary = "remove it, or use an action from the service's list of actions";
        return;
      }
      f.remediation.summary = "replace it with " + lookup.suggestion + " if that is what is meant, or remove it";
      // A near miss (a typo) is replaced by --unsafe-fixes; a distant suggestion is only advice.
      size_t distance = EditDistance(text, lookup.suggestion, 3);
      if (distance <= 2 && distance * 4 <= text.size()) {
        f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "write " + lookup.suggestion,
                                    ToFileEdits(check.document, {{value.span(), "\"" + lookup.suggestion + "\""}}));
      } else {
        // Not a typo ("s3:ListBucketByTags" is four letters and a word from s3:ListBucket, and as
        // close in meaning to s3:GetBucketTagging): which action was meant is the author's call.
        f.remediation.summary += "; not replaced automatically: it is no near miss of " + lookup.suggestion +
                                 ", so another action may be the one meant";
      }
    });
  }
};

}  // namespace

RulePtr MakeUnknownAction() { return std::make_unique<UnknownAction>(); }

}  // namespace slim
