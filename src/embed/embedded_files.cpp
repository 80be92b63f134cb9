#include "embed/embedded_files.h"

#include <algorithm>

namespace slim {

std::string_view FindEmbeddedFile(std::string_view path) {
  auto files = EmbeddedFiles();
  auto it = std::lower_bound(files.begin(), files.end(), path,
                             [](const EmbeddedFile& file, std::string_view key) { return file.path() < key; });
  if (it == files.end() || it->path() != path) return {};
  return it->contents();
}

}  // namespace slim
