// CLI11 parsing shared by the subcommands that have options (lint, plan).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/subcommands.h"

namespace slim {

// Parses `args` for `app`, printing its help for -h/--help: nullopt when the command goes on,
// else the status to exit with. A parse error goes to `usage_error`, which words it the
// command's way and returns the status.
inline std::optional<int> ParseArguments(CLI::App& app, const char* program, const std::vector<std::string>& args,
                                         CommandIo& io, const std::function<int(const std::string&)>& usage_error) {
  std::vector<const char*> argv{program};
  for (const std::string& a : args) argv.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::CallForHelp&) {
    io.out << app.help();
    return 0;
  } catch (const CLI::ParseError& e) {
    return usage_error(e.what());
  }
  return std::nullopt;
}

}  // namespace slim
