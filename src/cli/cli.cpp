#include "cli/cli.h"

#include <unistd.h>

#include <array>
#include <iostream>

#include "cli/subcommands.h"

namespace slim {
namespace {

constexpr std::array<Subcommand, 5> kSubcommands = {{
    {"lint", "lint files and directories (the default)", RunLintCommand},
    {"plan", "print a bash (or boto3) script that applies every finding's AWS commands", RunPlanCommand},
    {"rule", "print a rule's documentation page", RunRuleCommand,
     "slim-lint rule CODE_OR_NAME: print a rule's documentation page (slim-lint rule SL3002)"},
    {"actions", "expand an action pattern: access levels and resource types", RunActionsCommand,
     "slim-lint actions PATTERN... [--format json] [--catalog DIR]: the actions a pattern matches, with access levels and\n"
     "resource types (slim-lint actions 's3:Get*')"},
    {"policy", "print an AWS managed policy's document", RunPolicyCommand,
     "slim-lint policy NAME_OR_ARN: print an AWS managed policy's document from the built-in catalog\n"
     "(slim-lint policy AmazonSQSFullAccess)"},
}};

}  // namespace

int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandIo io{out, err, &out == &std::cout && isatty(STDOUT_FILENO)};
  // "slim-lint rule SL3002" runs a subcommand; anything else is a lint of the given paths
  // (use "slim-lint lint rule" or "./rule" to lint a directory named like a subcommand).
  if (!args.empty()) {
    for (const Subcommand& sub : kSubcommands) {
      if (args[0] != sub.name) continue;
      bool wants_help = args.size() == 2 && (args[1] == "-h" || args[1] == "--help");
      if (wants_help && *sub.usage) {
        io.out << "Usage: " << sub.usage << "\n";
        return 0;
      }
      return sub.run({args.begin() + 1, args.end()}, io);
    }
  }
  return RunLintCommand(args, io);
}

int RunCli(int argc, char** argv) {
  // Nothing writes to stdout through C stdio, so the streams can keep buffers of their own
  // instead of passing every insertion through stdio's; std::cerr stays tied to std::cout,
  // so errors and findings still come out in the order they were written.
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  return RunCli(args, std::cout, std::cerr);
}

}  // namespace slim
