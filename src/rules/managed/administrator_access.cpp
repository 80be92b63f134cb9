// SL5001 administrator-access: the AWS managed policy AdministratorAccess is attached. The
// principal can do anything in the account, including granting itself and others more.
#include "remediation/commands.h"
#include "rules/managed/managed.h"
#include "engine/check.h"
#include "rules/support/command_util.h"
#include "model/role_model.h"

namespace slim {
namespace {

class AdministratorAccess final : public Rule {
 public:
  AdministratorAccess()
      : Rule({"SL5001", "administrator-access", Severity::kSecurity, "arn:aws:iam::aws:policy/AdministratorAccess attached", {}}) {}

  void CheckCommand(const CommandCheck& check) const override {
    if (check.command.service != "iam" || !IsAttachOperation(check.command.operation)) return;
    std::string arn = OptionText(check, "policy-arn");
    if (!IsAwsManagedPolicyArn(arn) || PolicyNameFromArn(arn) != "AdministratorAccess") return;
    const ShellWord* word = check.command.Value("policy-arn");
    auto principal = CommandPrincipal(check);
    Finding& f = check.Report(word->span, "AdministratorAccess gives " +
                                              (principal ? std::string(PrincipalKindName(principal->kind)) + " " + principal->name
                                                         : std::string("this principal")) +
                                              " every permission in the account");
    f.principal = principal;
    f.remediation.summary = "grant the actions the workload needs in a customer managed policy, then detach AdministratorAccess";
    if (principal) SetCalls(f.remediation, {DetachCall(*principal, arn)});
  }
};

}  // namespace

RulePtr MakeAdministratorAccess() { return std::make_unique<AdministratorAccess>(); }

}  // namespace slim
