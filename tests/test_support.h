// Helpers shared by the tests: the repository root, running the CLI in-process, files.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace slim::testing {

std::filesystem::path SourceDir();

struct CliResult {
  int exit_code = 0;
  std::string out;
  std::string err;
};

// Runs slim-lint in this process, with the repository root as the working directory.
CliResult RunSlim(const std::vector<std::string>& args);

std::string ReadFile(const std::filesystem::path& path);
// The lines of an `args`-style file, one argument each; empty lines and `#` comments left out.
std::vector<std::string> ReadArgLines(const std::filesystem::path& path);
void WriteFile(const std::filesystem::path& path, const std::string& text);

// True when SLIM_UPDATE_GOLDEN=1: golden files are rewritten instead of compared.
bool UpdatingGolden();

}  // namespace slim::testing
