// SL5005 unknown-managed-policy: an arn:aws:iam::aws:policy/... ARN that names no AWS managed
// policy, or names one under the wrong path (AWSBatchServiceRole lives under /service-role/).
// attach-*-policy fails with NoSuchEntity when the script runs. The finding suggests the
// closest policy name; a wrong path is fixed safely, since it can only ever mean that policy.
#include "catalog/catalog.h"
#include "engine/check.h"
#include "model/role_model.h"
#include "rules/managed/managed.h"
#include "rules/support/command_util.h"
#include "rules/support/rule_util.h"
#include "rules/support/script_edits.h"
#include "util/strings.h"

namespace slim {
namespace {

class UnknownManagedPolicy final : public Rule {
 public:
  UnknownManagedPolicy()
      : Rule({"SL5005", "unknown-managed-policy", Severity::kError,
              "an arn:aws:iam::aws:policy/... ARN that is no AWS managed policy (or has the wrong path)", {}}) {}

  void CheckCommand(const CommandCheck& check) const override {
    if (check.command.service != "iam") return;
    const ShellWord* word = check.command.Value("policy-arn");
    if (!word) word = check.command.Value("permissions-boundary");
    if (!word) return;
    std::string arn = OptionText(check, word == check.command.Value("policy-arn") ? "policy-arn" : "permissions-boundary");
    auto parsed = ParseManagedPolicyArn(arn);
    if (!parsed) return;
    const ManagedPolicy* policy = check.catalog.FindManagedPolicyByName(parsed->name);
    if (policy && (policy->path.empty() || policy->path == parsed->path)) return;
    Finding* f = nullptr;
    if (policy) {
      std::string fixed = "arn:" + std::string(parsed->partition) + ":iam::aws:policy" + std::string(policy->path) + std::string(policy->name);
      f = &check.Report(word->span, std::string(policy->name) + " is an AWS managed policy under the path " + std::string(policy->path) +
                                        ", not " + std::string(parsed->path) + ": IAM finds no policy at this ARN");
      f->remediation.summary = "use " + fixed;
      if (!word->has_expansion) {
        f->remediation.fix = MakeFix(FixApplicability::kSafe, "correct the path", {ReplaceWord(check.script, *word, fixed)});
      }
    } else {
      std::string message = "there is no AWS managed policy named " + std::string(parsed->name);
      auto suggestion = check.catalog.SuggestManagedPolicy(parsed->name);
      if (suggestion) message += "; did you mean " + *suggestion + "?";
      f = &check.Report(word->span, std::move(message));
      f->remediation.summary = suggestion ? "use " + *suggestion + " if that is what is meant" : "check the policy name";
      // A near miss (a typo) is corrected by --unsafe-fixes; the path comes from the catalog.
      if (suggestion && !word->has_expansion && EditDistance(*suggestion, parsed->name, 2) <= 2) {
        if (const ManagedPolicy* match = check.catalog.FindManagedPolicyByName(*suggestion)) {
          std::string fixed = "arn:" + std::string(parsed->partition) + ":iam::aws:policy" +
                              std::string(match->path.empty() ? "/" : match->path) + std::string(match->name);
          f->remediation.fix = MakeFix(FixApplicability::kUnsafe, "use " + *suggestion, {ReplaceWord(check.script, *word, fixed)});
        }
      }
    }
    f->principal = CommandPrincipal(check);
  }
};

}  // namespace

RulePtr MakeUnknownManagedPolicy() { return std::make_unique<UnknownManagedPolicy>(); }

}  // namespace slim
