#include "engine/script_groups.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <unordered_map>

#include "model/role_model.h"
#include "util/strings.h"

namespace slim {
namespace {

// Sees which documents a script reads without reading them: the model built around it is
// thrown away, only the names and files it went through matter.
class ReadRecorder final : public DocumentLoader {
 public:
  explicit ReadRecorder(const FileDocumentLoader& files) : files_(files) {}

  Result<PolicyDocumentPtr> Load(const ScriptInput& script, std::string_view written_path) override {
    auto located = files_.Locate(script, written_path);
    if (!located.ok()) return located.error();
    read.push_back(std::move(*located));
    return Error{"not read in the first pass"};
  }
  // Existence checks link nothing.
  Result<bool> Exists(const ScriptInput&, std::string_view) override { return true; }

  std::vector<LocatedFile> read;

 private:
  const FileDocumentLoader& files_;
};

std::string Key(PrincipalKind kind, std::string_view name) {
  return std::string(PrincipalKindName(kind)) + '\0' + ToLower(name);
}

std::string FileKey(std::string_view canonical) { return std::string("file") + '\0' + std::string(canonical); }

}  // namespace

ScriptLinks LinkScript(const ScriptInput& script, const std::string& canonical, const FileDocumentLoader& files) {
  ScriptLinks links;
  ReadRecorder recorder(files);
  for (const ModelLink& link : RoleModel::LinksOf(script, recorder)) links.keys.push_back(Key(link.kind, link.name));
  links.first_path = script.file->path();
  if (!canonical.empty()) links.keys.push_back(FileKey(canonical));
  for (LocatedFile& file : recorder.read) {
    links.keys.push_back(FileKey(file.canonical));
    links.first_path = std::min(links.first_path, file.display);
    links.reads.push_back(std::move(file.canonical));
  }
  std::sort(links.keys.begin(), links.keys.end());
  links.keys.erase(std::unique(links.keys.begin(), links.keys.end()), links.keys.end());
  return links;
}

std::vector<ScriptGroup> GroupScripts(const std::vector<ScriptLinks>& scripts) {
  std::vector<size_t> parent(scripts.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // The first script to hold a key stands for it; later holders join its group. The smaller
  // index stays the root, so a group's root is its first script.
  std::unordered_map<std::string_view, size_t> holder;
  for (size_t i = 0; i < scripts.size(); ++i) {
    for (const std::string& key : scripts[i].keys) {
      auto [it, inserted] = holder.emplace(key, i);
      if (inserted) continue;
      size_t a = find(it->second), b = find(i);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
  }
  std::vector<ScriptGroup> groups;
  std::vector<size_t> group_of_root(scripts.size(), SIZE_MAX);
  for (size_t i = 0; i < scripts.size(); ++i) {
    size_t root = find(i);
    if (group_of_root[root] == SIZE_MAX) {
      group_of_root[root] = groups.size();
      groups.push_back({{}, scripts[i].first_path});
    }
    ScriptGroup& group = groups[group_of_root[root]];
    group.scripts.push_back(i);
    group.first_path = std::min(group.first_path, scripts[i].first_path);
  }
  std::stable_sort(groups.begin(), groups.end(), [](const ScriptGroup& a, const ScriptGroup& b) { return a.first_path < b.first_path; });
  return groups;
}

}  // namespace slim
