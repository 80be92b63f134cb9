// The command line: subcommands as a table, each a function from arguments to an exit status.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace slim {

enum class ExitStatus : int {
  kClean = 0,     // nothing at or above the gate
  kFindings = 1,  // findings at or above --fail-on
  kUsage = 2,     // usage error or unreadable input
};

// Runs slim-lint with `args` (without the program name), writing to `out` and `err`.
int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunCli(int argc, char** argv);

}  // namespace slim
