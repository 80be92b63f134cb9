// SL7002 unknown-condition-key: a condition key that does not exist: an aws:* key that is no
// global key, a service key the catalog does not list for a service it knows, or a key that is
// not prefix:name at all. No request carries such a key, so the condition silently never matches
// (or, with a Not operator, always does). The catalog lags AWS, so keys of services it does not
// know and keys that AWS managed policies use are never reported; OIDC and SAML claims (trust
// policies) are the identity provider's own.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

using conditions::KeyOrigin;

// The closest real key: per-tag templates are compared on the part before "/" and keep the
// written tag ("aws:ResourceTags/env" -> "aws:ResourceTag/env").
std::string SuggestKey(std::string_view key, const std::vector<std::string_view>& catalog_keys) {
  size_t slash = key.find('/');
  std::vector<std::string_view> plain, bases;
  for (std::string_view k : catalog_keys) {
    std::string_view base = conditions::TagTemplateBase(k);
    (base.empty() ? plain : bases).push_back(base.empty() ? k : base);
  }
  if (slash != std::string_view::npos) {
    std::string head = conditions::Closest(key.substr(0, slash), bases, std::max<size_t>(2, slash / 5));
    return head.empty() ? head : head + std::string(key.substr(slash));
  }
  return conditions::Closest(key, plain, std::max<size_t>(2, key.size() / 5));
}

class UnknownConditionKey final : public Rule {
 public:
  UnknownConditionKey()
      : Rule({"SL7002", "unknown-condition-key", Severity::kError,
              "a condition key that does not exist (an unknown aws:* key, a key the service does not define, or not "
              "prefix:name)",
              {"INVALID_GLOBAL_CONDITION_KEY", "INVALID_SERVICE_CONDITION_KEY", "INVALID_CONDITION_KEY_FORMAT"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        std::string_view key = clause.key_member->key;
        conditions::KeyFacts facts = conditions::LookUpKey(check.catalog, key);
        if (facts.origin != KeyOrigin::kMalformed && facts.origin != KeyOrigin::kUnknownGlobal &&
            facts.origin != KeyOrigin::kUnknownService) {
          continue;
        }
        if (!conditions::MissingTagKeyTemplate(check.catalog, key).empty()) continue;  // SL7014
        Report(check, clause, facts.origin);
      }
    }
  }

 private:
  static void Report(const DocumentCheck& check, const ConditionClause& clause, KeyOrigin origin) {
    std::string key = clause.key_member->key;
    std::string suggestion, what, code;
    if (origin == KeyOrigin::kMalformed) {
      code = "INVALID_CONDITION_KEY_FORMAT";
      what = "\"" + key + "\" is not a condition key: keys are written prefix:name, such as aws:SourceIp or s3:prefix";
      if (key.find(':') == std::string::npos) {
        if (const GlobalConditionKeyInfo* global = check.catalog.FindGlobalConditionKey("aws:" + key); global && !global->templated) {
          suggestion = std::string(global->name);
        }
      }
    } else if (origin == KeyOrigin::kUnknownGlobal) {
      code = "INVALID_GLOBAL_CONDITION_KEY";
      what = "\"" + key + "\" is not an AWS global condition key";
      std::vector<std::string_view> names;
      for (const GlobalConditionKeyInfo& g : check.catalog.GlobalConditionKeys()) {
        if (conditions::IsGlobalPrefix(g.name)) names.push_back(g.name);
      }
      suggestion = SuggestKey(key, names);
    } else {
      code = "INVALID_SERVICE_CONDITION_KEY";
      const ServiceInfo* service = check.catalog.FindService(conditions::KeyPrefix(key));
      what = "\"" + key + "\" is not a condition key of " + std::string(service->name()) + " (" +
             std::string(service->prefix) + ")";
      std::vector<std::string_view> names;
      for (const ConditionKeyInfo& info : service->condition_keys) names.push_back(info.name);
      suggestion = SuggestKey(key, names);
    }
    conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
    std::string message = what;
    if (origin != KeyOrigin::kMalformed && op.known() && op.family() != ConditionOperatorFamily::kNull) {
      message += op.TrueWhenKeyAbsent() ? ": no request carries it, so this condition always holds"
                                        : ": no request carries it, so this condition never holds";
    } else if (origin != KeyOrigin::kMalformed) {
      message += ": no request carries it";
    }
    if (!suggestion.empty()) message += "; did you mean \"" + suggestion + "\"?";
    Finding& f = check.ReportKey(*clause.key_member, std::move(message));
    f.aws_issue_code = code;
    if (suggestion.empty()) {
      f.remediation.summary = "use a key from the AWS global condition keys or from the service's page in the Service "
                              "Authorization Reference";
      return;
    }
    f.remediation.summary = "rename the key to \"" + suggestion + "\"";
    f.remediation.fix = conditions::RenameFix(check.document, *clause.key_member, clause.operator_member->value, suggestion,
                                              "rename \"" + key + "\" to \"" + suggestion + "\"");
  }
};

}  // namespace

RulePtr MakeUnknownConditionKey() { return std::make_unique<UnknownConditionKey>(); }

}  // namespace slim
