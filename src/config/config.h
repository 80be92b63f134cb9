// .slim-lint.json: the project's settings, found by walking up from the working directory to
// the repository root (or named with --config). Command-line options override it.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/source_file.h"

namespace slim {

// A finding the project has decided to accept, with the reason it is accepted.
struct IgnoreEntry {
  std::string rule;     // code, name or glob ("SL5003", "full-access-grant", "SL3*")
  std::string path;     // glob over the finding's path, relative to the config file's folder
                        // or as slim-lint prints it ("service_roles/*.sh"); empty: any file
  std::string sid;      // only findings in the statement with this Sid
  std::string pointer;  // only findings at or below this JSON pointer
  std::string reason;   // required
  ByteSpan span;        // of the entry in the config file, for SL9001
};

struct Config {
  SourceFilePtr file;          // the config file itself (null when there is none)
  std::filesystem::path dir;   // its folder, absolute: ignore paths are relative to it
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::map<std::string, std::string, std::less<>> severity;  // selector -> severity
  std::optional<std::string> fail_on;
  std::optional<std::string> account;
  std::vector<std::string> known_accounts;
  std::map<std::string, std::map<std::string, std::string>, std::less<>> rule_options;
  std::vector<IgnoreEntry> ignores;
};

// The nearest .slim-lint.json from `start` up to the repository root (a folder with .git),
// or nullopt.
std::optional<std::filesystem::path> FindConfig(const std::filesystem::path& start);

// Reads and validates a config file; errors name the file, line and column.
Result<Config> LoadConfig(const std::filesystem::path& path);

}  // namespace slim
