// SL2021 redundant-session-principal: a trust statement names a role session
// (arn:aws:sts::<account>:assumed-role/<role>/<session>) next to its role
// (arn:aws:iam::<account>:role/<path>/<role>). The role principal already covers every session
// of the role, so the session principal changes nothing; it only misleads a reader into
// thinking that one session is singled out. Removing it cannot change who may assume the role,
// so the fix is safe. A session ARN carries the role name without its path.
#include <map>
#include <tuple>

#include "engine/check.h"
#include "model/arn.h"
#include "rules/principals/principals.h"
#include "rules/principals/trust_support.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

using RoleKey = std::tuple<std::string_view, std::string_view, std::string_view>;  // partition, account, name

class RedundantSessionPrincipal final : public Rule {
 public:
  RedundantSessionPrincipal()
      : Rule({"SL2021", "redundant-session-principal", Severity::kSuggestion,
              "an assumed-role session principal listed beside its role in a trust policy",
              {"REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kTrust) return;
    for (const Statement& s : check.document.policy.statements) {
      std::map<RoleKey, const JsonValue*> roles;
      for (const PrincipalEntry* entry : s.principal.EntriesFor("AWS")) {
        for (const JsonValue* value : entry->values) {
          auto arn = ParseArn(value->text());
          if (!arn || arn->service != "iam" || !arn->resource.starts_with("role/")) continue;
          std::string_view name = arn->resource.substr(arn->resource.rfind('/') + 1);
          roles[{arn->partition, arn->account, name}] = value;
        }
      }
      if (roles.empty()) continue;
      for (const PrincipalEntry* entry : s.principal.EntriesFor("AWS")) {
        for (const JsonValue* value : entry->values) {
          auto arn = ParseArn(value->text());
          if (!arn || arn->service != "sts" || !arn->resource.starts_with("assumed-role/")) continue;
          std::string_view rest = arn->resource.substr(13);
          auto role = roles.find({arn->partition, arn->account, rest.substr(0, rest.find('/'))});
          if (role == roles.end()) continue;
          Finding& f = check.Report(*value, "session principal \"" + value->text() + "\" is redundant: the statement also trusts its role " +
                                                role->second->text() + ", which covers every session of that role");
          f.aws_issue_code = "REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY";
          f.remediation.summary = "remove \"" + value->text() + "\"";
          if (auto edit = RemoveArrayItemEdit(entry->member->value, *value)) {
            f.remediation.fix = MakeFix(FixApplicability::kSafe, "remove the session principal", ToFileEdits(check.document, {*edit}));
          }
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeRedundantSessionPrincipal() { return std::make_unique<RedundantSessionPrincipal>(); }

}  // namespace slim
