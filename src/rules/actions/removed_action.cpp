// SL3012 removed-action: an action of a retired or renamed service page (AWS DeepRacer, IoT
// 1-Click, the old SSO and ELB pages, ...). It no longer authorizes anything; the statement
// is dead weight or, worse, the workload now needs the successor service's action.
#include "engine/check.h"
#include "rules/actions/actions.h"
#include "rules/support/action_lookup.h"
#include "rules/support/action_values.h"

namespace slim {
namespace {

class RemovedActionRule final : public Rule {
 public:
  RemovedActionRule()
      : Rule({"SL3012", "removed-action", Severity::kWarning,
              "an action that AWS has removed from the Service Authorization Reference", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.document.anchor) return;
    ForEachActionValue(check, [&](const Statement&, const JsonValue& value, bool) {
      ActionLookup lookup = LookUpAction(check.catalog, value.text());
      if (lookup.status != ActionStatus::kRemoved) return;
      Finding& f = check.Report(value, "\"" + value.text() + "\" was last documented on " +
                                           std::string(lookup.removed->last_seen) +
                                           "; its service page has since been retired, so it authorizes nothing");
      f.remediation.summary = "remove it, or use the action of the service that replaced it";
    });
  }
};

}  // namespace

RulePtr MakeRemovedAction() { return std::make_unique<RemovedActionRule>(); }

}  // namespace slim
