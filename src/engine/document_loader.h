// Resolves the file:// paths that scripts pass to `aws iam` and reads each document once.
#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <string>

#include "inputs/input_files.h"
#include "model/role_model.h"

namespace slim {

class FileDocumentLoader final : public DocumentLoader {
 public:
  // `display_paths` maps canonical paths of discovered inputs to how findings name them, so a
  // document reached through a script is named the same way as when it is found directly.
  FileDocumentLoader(std::map<std::filesystem::path, std::string> display_paths, ReadLimits limits)
      : display_paths_(std::move(display_paths)), limits_(limits) {}

  // Tries, in order: the script's folder, the working directory, then the script folder's
  // parents (set-up scripts are often run from the repository root).
  Result<PolicyDocumentPtr> Load(const ScriptInput& script, std::string_view written_path) override;
  Result<bool> Exists(const ScriptInput& script, std::string_view written_path) override;

  // Canonical paths of every document loaded so far.
  std::map<std::filesystem::path, PolicyDocumentPtr> loaded() const { return cache_; }
  void Clear() { cache_.clear(); }

 private:
  // The first existing candidate for a written path, or an error saying where it looked.
  Result<std::filesystem::path> Resolve(const ScriptInput& script, std::string_view written_path) const;

  std::map<std::filesystem::path, std::string> display_paths_;
  ReadLimits limits_;
  std::map<std::filesystem::path, PolicyDocumentPtr> cache_;
};

}  // namespace slim
