#include "engine/document_loader.h"

#include <cstdlib>
#include <optional>

#include "util/strings.h"

namespace slim {
namespace fs = std::filesystem;

Result<fs::path> FileDocumentLoader::Resolve(const ScriptInput& script, std::string_view written_path) const {
  std::string written(written_path);
  if (StartsWith(written, "~/")) {
    if (const char* home = std::getenv("HOME")) written = std::string(home) + written.substr(1);
  }
  fs::path relative(written);
  std::vector<fs::path> candidates;
  if (relative.is_absolute()) {
    candidates.push_back(relative);
  } else {
    fs::path script_dir = script.file->path() == "<stdin>" ? fs::path(".") : fs::path(script.file->path()).parent_path();
    if (script_dir.empty()) script_dir = ".";
    candidates.push_back(script_dir / relative);
    candidates.push_back(relative);
    std::error_code ec;
    fs::path absolute_dir = fs::absolute(script_dir, ec);
    for (fs::path dir = absolute_dir.parent_path(); !ec && !dir.empty(); dir = dir.parent_path()) {
      candidates.push_back(dir / relative);
      if (dir == dir.root_path()) break;
    }
  }
  // A device, FIFO or directory by that name is never read (file:///dev/zero would never end),
  // but it is named rather than reported missing.
  std::optional<std::string> special;
  for (const fs::path& candidate : candidates) {
    std::error_code ec;
    fs::file_status status = fs::status(candidate, ec);
    if (ec) {
      if (ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory && !special) {
        special = candidate.lexically_normal().generic_string() + ": " + ec.message();
      }
      continue;
    }
    if (fs::is_regular_file(status)) return candidate;
    if (!special) {
      special = candidate.lexically_normal().generic_string() +
                (fs::is_directory(status) ? " is a directory" : " is not a regular file (a FIFO, socket or device is never read)");
    }
  }
  if (special) return Error{*special};
  return Error{"not found (looked in the script's folder, the working directory and the folders above the script)"};
}

Result<bool> FileDocumentLoader::Exists(const ScriptInput& script, std::string_view written_path) {
  auto resolved = Resolve(script, written_path);
  if (!resolved.ok()) return resolved.error();
  return true;
}

Result<LocatedFile> FileDocumentLoader::Locate(const ScriptInput& script, std::string_view written_path) const {
  auto resolved = Resolve(script, written_path);
  if (!resolved.ok()) return resolved.error();
  LocatedFile file{*resolved, {}, {}};
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(file.candidate, ec);
  file.canonical = (ec ? file.candidate : canonical).string();
  auto known = display_paths_.find(file.canonical);
  file.display = known != display_paths_.end() ? std::string(known->second) : file.candidate.lexically_normal().generic_string();
  return file;
}

Result<PolicyDocumentPtr> FileDocumentLoader::Load(const ScriptInput& script, std::string_view written_path) {
  auto located = Locate(script, written_path);
  if (!located.ok()) return located.error();
  if (auto it = cache_.find(located->canonical); it != cache_.end()) return it->second;
  auto file = ReadInput(InputPath{located->candidate.native(), located->display, InputKind::kJson, false}, limits_);
  if (!file.ok()) return file.error();
  PolicyDocumentPtr document = ParsePolicyDocument(SourceText::WholeFile(*file), located->display);
  cache_[located->canonical] = document;
  return document;
}

}  // namespace slim
