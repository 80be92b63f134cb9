// Resolves the file:// paths that scripts pass to `aws iam` and reads each document once.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "inputs/input_files.h"
#include "model/role_model.h"

namespace slim {

// Where a written path leads: the file read, the same file however it was reached (its
// canonical path, as a string: a run keeps one per input), and how findings in it are named.
struct LocatedFile {
  std::filesystem::path candidate;
  std::string canonical;
  std::string display;
};

// Canonical path -> how findings name the file, for every input of a run. Views into the run's
// own list of inputs, which outlives every loader: a run over a large tree keeps no second copy.
using DisplayPaths = std::map<std::string_view, std::string_view, std::less<>>;

class FileDocumentLoader final : public DocumentLoader {
 public:
  // `display_paths` maps canonical paths of discovered inputs to how findings name them, so a
  // document reached through a script is named the same way as when it is found directly. It
  // is shared by every loader of a run and must outlive them.
  FileDocumentLoader(const DisplayPaths& display_paths, ReadLimits limits)
      : display_paths_(display_paths), limits_(limits) {}

  // Tries, in order: the script's folder, the working directory, then the script folder's
  // parents (set-up scripts are often run from the repository root).
  Result<PolicyDocumentPtr> Load(const ScriptInput& script, std::string_view written_path) override;
  Result<bool> Exists(const ScriptInput& script, std::string_view written_path) override;
  // The file Load() would read, without reading it.
  Result<LocatedFile> Locate(const ScriptInput& script, std::string_view written_path) const;

  // Canonical paths of every document loaded so far.
  const std::map<std::string, PolicyDocumentPtr>& loaded() const { return cache_; }

 private:
  // The first existing candidate for a written path, or an error saying where it looked.
  Result<std::filesystem::path> Resolve(const ScriptInput& script, std::string_view written_path) const;

  const DisplayPaths& display_paths_;
  ReadLimits limits_;
  std::map<std::string, PolicyDocumentPtr> cache_;
};

}  // namespace slim
