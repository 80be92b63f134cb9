#include "cli/cli.h"

#include <unistd.h>

#include <array>
#include <iostream>

#include "cli/subcommands.h"

namespace slim {
namespace {

constexpr std::array<Subcommand, 4> kSubcommands = {{
    {"lint", "lint files and directories (the default)", RunLintCommand},
    {"rule", "print a rule's documentation page", RunRuleCommand},
    {"actions", "expand an action pattern: access levels and resource types", RunActionsCommand},
    {"policy", "print an AWS managed policy's document", RunPolicyCommand},
}};

}  // namespace

int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandIo io{out, err, &out == &std::cout && isatty(STDOUT_FILENO)};
  // "slim-lint rule SL3002" runs a subcommand; anything else is a lint of the given paths
  // (use "slim-lint lint rule" or "./rule" to lint a directory named like a subcommand).
  if (!args.empty()) {
    for (const Subcommand& sub : kSubcommands) {
      if (args[0] == sub.name) return sub.run({args.begin() + 1, args.end()}, io);
    }
  }
  return RunLintCommand(args, io);
}

int RunCli(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return RunCli(args, std::cout, std::cerr);
}

}  // namespace slim
