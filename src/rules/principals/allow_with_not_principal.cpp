// SL2008 allow-with-not-principal: "Effect": "Allow" with "NotPrincipal" grants access to every
// principal except the ones listed, including anonymous users.
#include "rules/principals/principals.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class AllowWithNotPrincipal final : public Rule {
 public:
  AllowWithNotPrincipal()
      : Rule({"SL2008", "allow-with-not-principal", Severity::kSecurity,
              "Allow with NotPrincipal grants access to everyone not listed", {"ALLOW_WITH_NOT_PRINCIPAL"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows() || !s.not_principal.present()) continue;
      std::string everyone = check.type() == PolicyType::kTrust ? "every principal in every account"
                                                                 : "every principal, including anonymous callers,";
      Finding& f = check.ReportKey(*s.not_principal.member, StatementLabel(s) + " allows " + everyone +
                                                              " except those in \"NotPrincipal\"");
      f.aws_issue_code = "ALLOW_WITH_NOT_PRINCIPAL";
      f.remediation.summary = "list the principals that should have access in \"Principal\" instead";
    }
  }
};

}  // namespace

RulePtr MakeAllowWithNotPrincipal() { return std::make_unique<AllowWithNotPrincipal>(); }

}  // namespace slim
