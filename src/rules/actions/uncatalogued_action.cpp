// SL3013 uncatalogued-action: an action or service prefix that slim-lint's copy of the Service
// Authorization Reference does not have, but that current AWS managed policies use. AWS adds
// actions every week: such an action is real, only newer than the data, so this is a note
// naming the evidence, never an unknown-action error. `--catalog DIR` loads newer data.
#include "engine/check.h"
#include "rules/actions/actions.h"
#include "catalog/action_lookup.h"
#include "rules/support/action_values.h"
#include "util/strings.h"

namespace slim {
namespace {

class UncataloguedAction final : public Rule {
 public:
  UncataloguedAction()
      : Rule({"SL3013", "uncatalogued-action", Severity::kSuggestion,
              "an action newer than the built-in service reference, known from AWS managed policies", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.document.anchor) return;
    ForEachActionValue(check, [&](const Statement&, const JsonValue& value, bool) {
      const ActionLookup& lookup = check.LookUp(value);
      if (lookup.status != ActionStatus::kUncatalogued) return;
      std::vector<std::string> names(lookup.evidence.begin(), lookup.evidence.end());
      std::string policies = (names.size() > 1 ? "AWS managed policies " : "AWS managed policy ") + JoinWithAnd(names) +
                             (names.size() > 1 ? " use " : " uses ");
      std::string prefix = value.text().substr(0, value.text().find(':'));
      std::string message =
          lookup.evidence_is_for_service
              ? "the service \"" + prefix + "\" is newer than slim-lint's service reference (" + policies +
                    "it), so \"" + value.text() + "\" cannot be checked: make sure it is spelled right"
              : "\"" + value.text() + "\" is newer than slim-lint's service reference; " + policies +
                    "it, so it is taken as real, but its access level and resources are not checked";
      Finding& f = check.Report(value, std::move(message));
      f.remediation.summary = "nothing to change; pass --catalog with newer data to check it fully";
    });
  }
};

}  // namespace

RulePtr MakeUncataloguedAction() { return std::make_unique<UncataloguedAction>(); }

}  // namespace slim
