// SL2020 federated-principal-in-resource-policy: a "Federated" principal (an identity provider)
// in a resource policy. Only a role's trust policy can name an identity provider: its users
// reach AWS by assuming a role, and from then on they are that role's sessions. Bucket, queue
// and key policies do not support the provider as a principal (Access Analyzer:
// FEDERATED_PRINCIPAL_NOT_SUPPORTED); they grant the role. Identity policies name no principal
// at all (SL2009).
#include "engine/check.h"
#include "rules/principals/principals.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

class FederatedPrincipalInResourcePolicy final : public Rule {
 public:
  FederatedPrincipalInResourcePolicy()
      : Rule({"SL2020", "federated-principal-in-resource-policy", Severity::kError,
              "a Federated principal in a resource policy, where only role trust policies accept one",
              {"FEDERATED_PRINCIPAL_NOT_SUPPORTED"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kResource) return;
    for (const Statement& s : check.document.policy.statements) {
      for (const PrincipalEntry* entry : s.principal.EntriesFor("Federated")) {
        std::vector<std::string> providers;
        for (const JsonValue* value : entry->values) providers.push_back(value->text());
        Finding& f = check.ReportKey(*entry->member, "a resource policy cannot name a \"Federated\" principal (" + JoinWithAnd(providers) +
                                                         "): identity providers are trusted only by role trust policies, and their "
                                                         "users act as sessions of the role they assume");
        f.aws_issue_code = "FEDERATED_PRINCIPAL_NOT_SUPPORTED";
        f.remediation.summary =
            "name the role the federated users assume instead, {\"AWS\": \"arn:aws:iam::<account>:role/<name>\"} (or one "
            "session of it, arn:aws:sts::<account>:assumed-role/<name>/<session>)";
      }
    }
  }
};

}  // namespace

RulePtr MakeFederatedPrincipalInResourcePolicy() { return std::make_unique<FederatedPrincipalInResourcePolicy>(); }

}  // namespace slim
