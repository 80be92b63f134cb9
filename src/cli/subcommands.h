#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace slim {

struct CommandIo {
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
};

using SubcommandFn = int (*)(const std::vector<std::string>& args, CommandIo& io);

struct Subcommand {
  const char* name;
  const char* summary;
  SubcommandFn run;
  // Printed for `slim-lint NAME --help`; empty when the subcommand parses its own options.
  const char* usage = "";
};

int RunLintCommand(const std::vector<std::string>& args, CommandIo& io);
int RunRuleCommand(const std::vector<std::string>& args, CommandIo& io);
int RunActionsCommand(const std::vector<std::string>& args, CommandIo& io);
int RunPlanCommand(const std::vector<std::string>& args, CommandIo& io);
int RunPolicyCommand(const std::vector<std::string>& args, CommandIo& io);

}  // namespace slim
