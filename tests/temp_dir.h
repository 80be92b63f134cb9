// For tests that run slim-lint on files they write: a temporary folder removed at the end of
// the test, and running the CLI in-process from a chosen working directory.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "test_support.h"

namespace slim::testing {

class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("slim-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
    path_ = std::filesystem::canonical(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path Write(const std::string& relative, const std::string& text) const {
    std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    WriteFile(file, text);
    return file;
  }

 private:
  std::filesystem::path path_;
};

// Runs slim-lint in `dir`, as a user in that folder would.
inline CliResult RunIn(const std::filesystem::path& dir, const std::vector<std::string>& args) {
  std::filesystem::path previous = std::filesystem::current_path();
  std::filesystem::current_path(dir);
  std::ostringstream out, err;
  CliResult result;
  result.exit_code = RunCli(args, out, err);
  std::filesystem::current_path(previous);
  result.out = out.str();
  result.err = err.str();
  return result;
}

}  // namespace slim::testing
