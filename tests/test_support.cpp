#include "test_support.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli/cli.h"

namespace slim::testing {

std::filesystem::path SourceDir() { return SLIM_SOURCE_DIR; }

CliResult RunSlim(const std::vector<std::string>& args) {
  std::filesystem::path previous = std::filesystem::current_path();
  std::filesystem::current_path(SourceDir());
  std::ostringstream out, err;
  CliResult result;
  result.exit_code = RunCli(args, out, err);
  std::filesystem::current_path(previous);
  result.out = out.str();
  result.err = err.str();
  return result;
}

std::vector<std::string> ReadArgLines(const std::filesystem::path& path) {
  std::vector<std::string> args;
  std::string text = ReadFile(path);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    if (!line.empty() && line[0] != '#') args.push_back(line);
    pos = end + 1;
  }
  return args;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void WriteFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

bool UpdatingGolden() {
  const char* value = std::getenv("SLIM_UPDATE_GOLDEN");
  return value && std::string(value) == "1";
}

}  // namespace slim::testing
