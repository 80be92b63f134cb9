// `aws <service> <operation> --option value ...` commands found in shell text.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "inputs/shell_lexer.h"

namespace slim {

struct AwsOption {
  std::string name;  // without the leading dashes: "role-name"
  ByteSpan name_span;
  std::vector<ShellWord> values;
};

struct AwsCommand {
  std::string service;    // "iam"
  std::string operation;  // "create-role"
  ByteSpan span;          // the whole command, from "aws" to its last word
  ByteSpan operation_span;
  std::vector<AwsOption> options;

  const AwsOption* Find(std::string_view name) const;
  // The first value of an option, or nullptr.
  const ShellWord* Value(std::string_view name) const;
};

// Literal shell variables assigned before a command (NAME=value with no expansion), so that
// `--role-name "$ROLE"` can still name the role.
using ShellVariables = std::map<std::string, std::string, std::less<>>;

struct AwsScript {
  std::vector<AwsCommand> commands;
  ShellVariables variables;  // the final literal value of each assigned variable
};

AwsScript ExtractAwsCommands(const ShellScript& script);

// The word's text with $NAME and ${NAME} replaced where `variables` knows NAME. Returns
// nullopt when an expansion remains that cannot be resolved.
std::optional<std::string> ResolveWord(const ShellWord& word, const ShellVariables& variables);

}  // namespace slim
