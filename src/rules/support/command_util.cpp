#include "rules/support/command_util.h"

#include "util/strings.h"

namespace slim {

std::string OptionText(const CommandCheck& check, std::string_view option) {
  const ShellWord* word = check.command.Value(option);
  if (!word) return {};
  return ResolveWord(*word, check.script.aws.variables).value_or(word->text);
}

std::optional<PrincipalRef> CommandPrincipal(const CommandCheck& check) {
  struct Option {
    const char* name;
    PrincipalKind kind;
  };
  for (Option o : {Option{"role-name", PrincipalKind::kRole}, Option{"user-name", PrincipalKind::kUser},
                   Option{"group-name", PrincipalKind::kGroup}}) {
    if (check.command.Value(o.name)) return PrincipalRef{o.kind, OptionText(check, o.name)};
  }
  return std::nullopt;
}

AwsCall CallFromCommand(const CommandCheck& check, const std::function<std::string(std::string)>& replace) {
  AwsCall call{check.command.service, check.command.operation, {}};
  for (const AwsOption& option : check.command.options) {
    if (option.values.empty()) {
      call.Flag(option.name);
      continue;
    }
    std::string value = ResolveWord(option.values.front(), check.script.aws.variables).value_or(option.values.front().text);
    if (replace) value = replace(std::move(value));
    call.Param(option.name, value);
  }
  return call;
}

namespace {
const char* Noun(PrincipalKind kind) {
  return kind == PrincipalKind::kUser ? "user" : kind == PrincipalKind::kGroup ? "group" : "role";
}
}  // namespace

AwsCall AttachCall(const PrincipalRef& principal, std::string policy_arn) {
  std::string noun = Noun(principal.kind);
  return AwsCall{"iam", "attach-" + noun + "-policy", {}}.Param(noun + "-name", principal.name).Param("policy-arn", std::move(policy_arn));
}

AwsCall DetachCall(const PrincipalRef& principal, std::string policy_arn) {
  std::string noun = Noun(principal.kind);
  return AwsCall{"iam", "detach-" + noun + "-policy", {}}.Param(noun + "-name", principal.name).Param("policy-arn", std::move(policy_arn));
}

bool IsAttachOperation(std::string_view operation) {
  return operation == "attach-role-policy" || operation == "attach-user-policy" || operation == "attach-group-policy";
}

}  // namespace slim
