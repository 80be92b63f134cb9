// Finding and reading the files to lint: explicit files, directories walked recursively, and
// "-" for standard input.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/source_file.h"

namespace slim {

enum class InputKind { kJson, kShell, kMarkdown };

struct InputPath {
  // The path as the system takes it; empty for standard input. A string, not a
  // std::filesystem::path, which keeps a list of its components: a run holds one per input.
  std::string path;
  std::string display;         // as findings name it
  std::optional<InputKind> kind;  // nullopt: decided from the content (named files, stdin)
  bool named = false;          // given on the command line rather than found in a directory
};

struct DiscoveredInputs {
  std::vector<InputPath> files;  // sorted by display path, without duplicates
  std::vector<Error> errors;     // missing paths, unreadable directories, special files
};

// Directories are walked recursively; version-control, dependency and build folders are
// skipped, and each directory is entered once even through symbolic links, so no link loop
// can trap the walk.
DiscoveredInputs DiscoverInputs(const std::vector<std::string>& arguments);

struct ReadLimits {
  // IAM documents are at most a few KiB and scripts rarely exceed 100 KiB; a larger input is
  // refused (exit 2) rather than read. Byte offsets are 32-bit, so this must stay below 4 GiB.
  // docs/limits.md lists every limit.
  size_t max_bytes = 8u << 20;
};

// Reads a file (or standard input when `input.path` is empty) into a SourceFile, never more
// than the limit plus one byte. A file is opened without blocking and refused unless the opened
// descriptor is a regular file, so a FIFO or device cannot block or flood the run.
Result<SourceFilePtr> ReadInput(const InputPath& input, const ReadLimits& limits = {});

// How an explicitly named file (or stdin) with no telling extension should be read.
InputKind SniffKind(std::string_view text);

// The kind a directory walk gives a file from its name, or nullopt to skip it.
std::optional<InputKind> KindFromName(const std::filesystem::path& path);

}  // namespace slim
