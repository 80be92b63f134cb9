// SL9001 unused-suppression: a `# slim-lint: ignore` comment, an `ignores` entry of
// .slim-lint.json or a baseline entry that matched no finding. The issue it silenced was fixed
// (or it never matched), and a stale suppression would silently hide the next finding there.
// The suppression and baseline stages report it; the rule only carries the metadata.
#include "rules/meta/meta.h"

namespace slim {
namespace {

class UnusedSuppression final : public Rule {
 public:
  UnusedSuppression()
      : Rule({"SL9001", "unused-suppression", Severity::kWarning, "a suppression or baseline entry that matched nothing", {}}) {}
};

}  // namespace

RulePtr MakeUnusedSuppression() { return std::make_unique<UnusedSuppression>(); }

}  // namespace slim
