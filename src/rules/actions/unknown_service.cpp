// SL3001 unknown-service: an action whose service prefix does not exist ("lamda:InvokeFunction",
// "stepfunctions:StartExecution"). IAM rejects the policy; the finding suggests the closest
// prefix, including the IAM prefix of a boto3 or CLI service name. A prefix that only AWS
// managed policies use is newer than the catalog and reported by SL3013 instead.
#include "engine/check.h"
#include "rules/actions/actions.h"
#include "catalog/action_lookup.h"
#include "rules/support/action_values.h"

namespace slim {
namespace {

class UnknownService final : public Rule {
 public:
  UnknownService()
      : Rule({"SL3001", "unknown-service", Severity::kError, "an action's service prefix does not exist; suggests the closest prefix",
              {"INVALID_SERVICE_IN_ACTION", "INVALID_SERVICE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.document.anchor) return;
    ForEachActionValue(check, [&](const Statement&, const JsonValue& value, bool) {
      const ActionLookup& lookup = check.LookUp(value);
      if (lookup.status != ActionStatus::kUnknownService) return;
      std::string prefix = value.text().substr(0, value.text().find(':'));
      std::string message = "\"" + prefix + "\" in \"" + value.text() + "\" is not an AWS service prefix";
      if (!lookup.suggestion.empty()) message += "; did you mean \"" + lookup.suggestion + "\"?";
      Finding& f = check.Report(value, std::move(message));
      // Access Analyzer says INVALID_SERVICE_IN_ACTION when it has a suggestion, INVALID_SERVICE otherwise.
      f.aws_issue_code = lookup.suggestion.empty() ? "INVALID_SERVICE" : "INVALID_SERVICE_IN_ACTION";
      f.remediation.summary = lookup.suggestion.empty() ? "use the service prefix from the Service Authorization Reference"
                                                        : "write " + lookup.suggestion + value.text().substr(prefix.size());
    });
  }
};

}  // namespace

RulePtr MakeUnknownService() { return std::make_unique<UnknownService>(); }

}  // namespace slim
