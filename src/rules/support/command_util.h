// Helpers for rules that look at `aws iam` commands in scripts.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "core/finding.h"
#include "remediation/aws_call.h"
#include "engine/check.h"

namespace slim {

// The role, user or group a command acts on (--role-name, --user-name, --group-name).
std::optional<PrincipalRef> CommandPrincipal(const CommandCheck& check);

// The command re-rendered as an AwsCall, with known shell variables resolved and `replace`
// applied to each value (e.g. to swap a hardcoded account for the placeholder).
AwsCall CallFromCommand(const CommandCheck& check, const std::function<std::string(std::string)>& replace = {});

// attach-/detach-{role,user,group}-policy for a principal.
AwsCall AttachCall(const PrincipalRef& principal, std::string policy_arn);
AwsCall DetachCall(const PrincipalRef& principal, std::string policy_arn);

// The option value text with shell variables resolved where known.
std::string OptionText(const CommandCheck& check, std::string_view option);

bool IsAttachOperation(std::string_view operation);

}  // namespace slim
