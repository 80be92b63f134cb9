// SL5004 deprecated-managed-policy: AWS has deprecated the managed policy. It can no longer be
// attached to a new role, user or group, so a set-up script that attaches it fails, and it no
// longer receives updates for new actions. The finding names the successor.
#include "catalog/catalog.h"
#include "remediation/commands.h"
#include "rules/managed/managed.h"
#include "engine/check.h"
#include "rules/support/command_util.h"
#include "rules/support/rule_util.h"
#include "rules/support/script_edits.h"
#include "util/strings.h"

namespace slim {
namespace {

class DeprecatedManagedPolicy final : public Rule {
 public:
  DeprecatedManagedPolicy()
      : Rule({"SL5004", "deprecated-managed-policy", Severity::kError,
              "a deprecated AWS managed policy (e.g. AWSLambdaFullAccess); names the successor", {}}) {}

  void CheckCommand(const CommandCheck& check) const override {
    if (check.command.service != "iam" || !IsAttachOperation(check.command.operation)) return;
    std::string arn = OptionText(check, "policy-arn");
    if (!IsAwsManagedPolicyArn(arn)) return;
    const ManagedPolicy* policy = check.catalog.FindManagedPolicyByArn(arn);
    if (!policy || !policy->deprecated) return;
    const ManagedPolicy* successor = policy->successor.empty() ? nullptr : check.catalog.FindManagedPolicyByName(policy->successor);
    auto principal = CommandPrincipal(check);
    std::string message = std::string(policy->name) + " is deprecated: AWS no longer lets it be attached to new roles, "
                          "users or groups";
    if (successor) message += "; use " + std::string(successor->name);
    const ShellWord* word = check.command.Value("policy-arn");
    Finding& f = check.Report(word->span, std::move(message));
    f.principal = principal;
    if (!successor) {
      f.remediation.summary = "choose a current AWS managed policy or a customer managed policy instead";
      return;
    }
    // Keep the partition and the successor's own path.
    std::string partition = arn.substr(4, arn.find(':', 4) - 4);
    std::string known_arn(successor->arn);
    std::string successor_arn = known_arn.empty()
                                    ? "arn:" + partition + ":iam::aws:policy" + std::string(successor->path) + std::string(successor->name)
                                    : "arn:" + partition + known_arn.substr(known_arn.find(':', 4));
    f.remediation.summary = "attach " + std::string(successor->name) + " instead (attach it before detaching " +
                            std::string(policy->name) + ", which cannot be attached again)";
    // Unsafe: the successor grants a different set of actions, however close.
    f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "attach " + std::string(successor->name) + " in the script",
                                word->has_expansion ? std::vector<TextEdit>{} : std::vector<TextEdit>{ReplaceWord(check.script, *word, successor_arn)});
    if (principal) SetCalls(f.remediation, {AttachCall(*principal, successor_arn), DetachCall(*principal, arn)});
  }
};

}  // namespace

RulePtr MakeDeprecatedManagedPolicy() { return std::make_unique<DeprecatedManagedPolicy>(); }

}  // namespace slim
