// SL7005 null-with-if-exists: "NullIfExists". Null already asks whether the key exists, and IAM
// has no IfExists form of it: it rejects the policy.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"

namespace slim {
namespace {

class NullWithIfExists final : public Rule {
 public:
  NullWithIfExists()
      : Rule({"SL7005", "null-with-if-exists", Severity::kError,
              "the Null condition operator with the IfExists suffix, which IAM does not have", {"NULL_WITH_IF_EXISTS"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.condition || !s.condition->value.is_object()) continue;
      for (const JsonMember& op : s.condition->value.members()) {
        std::string_view written = op.key;
        size_t colon = written.find(':');
        std::string_view qualifier = colon == std::string_view::npos ? std::string_view() : written.substr(0, colon + 1);
        if (written.substr(qualifier.size()) != "NullIfExists") continue;
        std::string null = std::string(qualifier) + "Null";
        Finding& f = check.ReportKey(op, "\"" + std::string(written) +
                                             "\" is not a condition operator: Null already tests whether the key exists, "
                                             "and IAM has no IfExists form of it, so it rejects the policy");
        f.aws_issue_code = "NULL_WITH_IF_EXISTS";
        f.remediation.summary = "use \"" + null + "\": true matches requests without the key, false requests with it";
        f.remediation.fix = conditions::RenameFix(check.document, op, s.condition->value, null,
                                                  "rename \"" + std::string(written) + "\" to \"" + null + "\"");
      }
    }
  }
};

}  // namespace

RulePtr MakeNullWithIfExists() { return std::make_unique<NullWithIfExists>(); }

}  // namespace slim
