// SL3012 removed-action: an action of a retired or renamed service page (AWS DeepRacer, IoT
// 1-Click, the old SSO and ELB pages, ...). It no longer authorizes anything; the statement
// is dead weight or, worse, the workload now needs the successor service's action.
#include "engine/check.h"
#include "rules/actions/actions.h"
#include "catalog/action_lookup.h"
#include "rules/support/action_values.h"
#include "util/strings.h"

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
      const ActionLookup& lookup = check.LookUp(value);
      if (lookup.status != ActionStatus::kRemoved) return;
      std::string what = HasWildcard(value.text()) ? "matches actions (such as " + std::string(lookup.removed->full_name) + ") that"
                                                   : "is an action that";
      Finding& f = check.Report(value, "\"" + value.text() + "\" " + what +
                                           " AWS has removed from the Service Authorization Reference (still listed in the " +
                                           std::string(lookup.removed->last_seen) +
                                           " snapshot): the service was retired or renamed, so it most likely authorizes nothing");
      f.remediation.summary = "remove it, or use the action of the service that replaced it";
    });
  }
};

}  // namespace

RulePtr MakeRemovedAction() { return std::make_unique<RemovedActionRule>(); }

}  // namespace slim
