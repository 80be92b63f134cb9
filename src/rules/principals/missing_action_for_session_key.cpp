// SL2024 missing-action-for-session-key: a trust statement conditions role assumption on what
// the caller passes for the new session, but the policy does not let the caller pass it. Session
// tags (aws:RequestTag/<key>, aws:TagKeys, sts:TransitiveTagKeys) can only be passed with
// sts:TagSession, and a source identity (sts:SourceIdentity, or aws:SourceIdentity carried over
// by role chaining) only with sts:SetSourceIdentity. When the condition requires the value, no
// one can assume the role; when it only restricts values (Not..., IfExists, ForAllValues), it
// never sees one. The companion action may be allowed by another statement that trusts the same
// principal, as in AWS's own session-tag examples. Both key lists are data
// (rules/packs/trust.json).
#include <algorithm>

#include "engine/check.h"
#include "rules/pack/pack_rules.h"
#include "rules/principals/principals.h"
#include "rules/principals/trust_support.h"
#include "rules/support/principal_util.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

struct SessionValue {
  std::string_view keys;    // the pack list of condition keys
  std::string_view action;  // the permission that passes the value
  std::string_view what;    // "session tags"
};

constexpr SessionValue kSessionValues[] = {
    {"session_tag_condition_keys", "sts:TagSession", "session tags"},
    {"source_identity_condition_keys", "sts:SetSourceIdentity", "a source identity"},
};

class MissingActionForSessionKey final : public Rule {
 public:
  MissingActionForSessionKey()
      : Rule({"SL2024", "missing-action-for-session-key", Severity::kError,
              "a trust statement with session-tag or source-identity conditions whose principals are not allowed "
              "sts:TagSession or sts:SetSourceIdentity",
              {"MISSING_ACTION_FOR_CONDITION_KEY"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kTrust) return;
    const Policy& policy = check.document.policy;
    for (const Statement& s : policy.statements) {
      if (!AllowsAssumeRole(s)) continue;
      for (const SessionValue& value : kSessionValues) Check(check, s, value);
    }
  }

 private:
  static void Check(const DocumentCheck& check, const Statement& s, const SessionValue& value) {
    const auto& listed = PackList(value.keys);
    const ConditionClause* first = nullptr;
    std::vector<std::string> keys;
    bool required = false;  // some condition fails when the value is not passed
    for (const ConditionClause& clause : s.conditions) {
      if (!KeyInList(clause.key_member->key, listed)) continue;
      std::optional<bool> holds = HoldsWithoutKey(check.catalog, clause);
      if (!holds) continue;
      if (!first) first = &clause;
      if (std::find(keys.begin(), keys.end(), clause.key_member->key) == keys.end()) keys.push_back(clause.key_member->key);
      required |= !*holds;
    }
    if (!first) return;
    std::vector<const JsonValue*> lacking = PrincipalsLacking(check.document.policy, s, value.action);
    if (lacking.empty()) return;
    std::vector<std::string> names;
    bool providers = true;  // federated principals: it is their users who assume the role
    for (const JsonValue* p : lacking) {
      names.push_back(p->text());
      providers &= ParseFederated(p->text()).has_value();
    }
    std::string they = lacking.size() == 1 ? (providers ? "its users" : "it") : (providers ? "their users" : "they");
    std::string action(value.action);
    std::string who = JoinWithAnd(names);
    std::string message =
        required ? "this statement requires " + std::string(value.what) + " (" + JoinWithAnd(keys) + "), which can only be passed with " +
                       action + ", and the policy does not allow " + action + " to " + who + ": " + they +
                       " can never assume this role"
                 : JoinWithAnd(keys) + " can only see " + std::string(value.what) + " passed with " + action +
                       ", which the policy does not allow to " + who + ", so the condition never applies";
    Finding& f = check.ReportKey(*first->key_member, std::move(message));
    f.aws_issue_code = "MISSING_ACTION_FOR_CONDITION_KEY";
    f.remediation.summary = "add \"" + action + "\" to the statement's \"Action\"";
    if (auto edit = AddActionsEdit(check.document, s, {action})) {
      // Unsafe: the principals may then pass values they could not pass before.
      f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "add " + action, ToFileEdits(check.document, {*edit}));
    }
  }
};

}  // namespace

RulePtr MakeMissingActionForSessionKey() { return std::make_unique<MissingActionForSessionKey>(); }

}  // namespace slim
