#include "inputs/input_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>

#include "util/strings.h"

namespace slim {
namespace fs = std::filesystem;
namespace {

bool IsSkippedDirectory(const fs::path& dir) {
  std::string name = dir.filename().string();
  static const std::set<std::string, std::less<>> kSkipped = {
      ".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".terraform",
      ".tox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".idea", ".vscode", "build", "out", "dist"};
  if (kSkipped.contains(name) || StartsWith(name, "cmake-build-") || StartsWith(name, "build-")) return true;
  std::error_code ec;
  return fs::exists(dir / "CMakeCache.txt", ec);  // any CMake build tree, whatever its name
}

std::string DisplayPath(const fs::path& path) {
  std::string s = path.lexically_normal().generic_string();
  return s.empty() ? "." : s;
}

void Walk(const fs::path& root, DiscoveredInputs& out) {
  // Directories already entered, by device and inode.
  std::set<std::pair<dev_t, ino_t>> visited;
  std::vector<fs::path> stack{root};
  while (!stack.empty()) {
    fs::path dir = std::move(stack.back());
    stack.pop_back();
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0 || !visited.insert({st.st_dev, st.st_ino}).second) continue;
    std::error_code ec;
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      out.errors.push_back({"cannot read directory: " + ec.message(), DisplayPath(dir)});
      continue;
    }
    std::vector<fs::path> subdirs;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const fs::path& path = it->path();
      std::error_code type_ec;
      fs::file_status status = fs::status(path, type_ec);  // follows links
      if (type_ec) continue;                               // dangling link
      if (fs::is_directory(status)) {
        if (!IsSkippedDirectory(path)) subdirs.push_back(path);
      } else if (fs::is_regular_file(status)) {
        if (auto kind = KindFromName(path)) out.files.push_back({path, DisplayPath(path), *kind, false});
      }
    }
    std::sort(subdirs.rbegin(), subdirs.rend());
    for (auto& sub : subdirs) stack.push_back(std::move(sub));
  }
}

bool IsShellShebang(std::string_view text) {
  if (!StartsWith(text, "#!")) return false;
  std::string_view line = text.substr(0, text.find('\n'));
  return line.find("sh") != std::string_view::npos;
}

}  // namespace

std::optional<InputKind> KindFromName(const fs::path& path) {
  std::string ext = ToLower(path.extension().string());
  if (ext == ".json") return InputKind::kJson;
  if (ext == ".sh" || ext == ".bash" || ext == ".zsh") return InputKind::kShell;
  if (ext == ".md" || ext == ".markdown") return InputKind::kMarkdown;
  if (ext.empty()) {
    // An extensionless script is recognized by its shebang.
    std::ifstream in(path, std::ios::binary);
    char head[128] = {};
    in.read(head, sizeof head - 1);
    if (IsShellShebang(std::string_view(head, static_cast<size_t>(in.gcount())))) return InputKind::kShell;
  }
  return std::nullopt;
}

InputKind SniffKind(std::string_view text) {
  if (StartsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && (text[first] == '{' || text[first] == '[')) return InputKind::kJson;
  if (first == std::string_view::npos) return InputKind::kJson;
  if (text[first] == '#' && !IsShellShebang(text.substr(first)) && text.find("\n```") != std::string_view::npos) {
    return InputKind::kMarkdown;
  }
  return text.find("```") != std::string_view::npos && !IsShellShebang(text) ? InputKind::kMarkdown : InputKind::kShell;
}

DiscoveredInputs DiscoverInputs(const std::vector<std::string>& arguments) {
  DiscoveredInputs out;
  for (const std::string& argument : arguments) {
    if (argument == "-") {
      out.files.push_back({{}, "<stdin>", std::nullopt, true});
      continue;
    }
    fs::path path(argument);
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      int error = errno;
      out.errors.push_back({error == ENOENT ? "no such file or directory" : std::strerror(error), argument});
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      Walk(path, out);
    } else if (S_ISREG(st.st_mode)) {
      // A named file is linted whatever its extension; without a telling one, its content decides how.
      out.files.push_back({path, DisplayPath(path), KindFromName(path), true});
    } else {
      out.errors.push_back({"not a regular file or directory (a FIFO, socket or device is never read)", argument});
    }
  }
  // Sorted by path; of two entries for one path, the named one is kept (it is always linted).
  std::stable_sort(out.files.begin(), out.files.end(), [](const InputPath& a, const InputPath& b) {
    return a.display != b.display ? a.display < b.display : a.named > b.named;
  });
  out.files.erase(std::unique(out.files.begin(), out.files.end(),
                              [](const InputPath& a, const InputPath& b) { return a.display == b.display; }),
                  out.files.end());
  return out;
}

Result<SourceFilePtr> ReadInput(const InputPath& input, const ReadLimits& limits) {
  std::string text;
  if (input.path.empty()) {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (text.size() > limits.max_bytes) {
      return Error{"input is larger than the " + std::to_string(limits.max_bytes >> 20) + " MiB limit", input.display};
    }
  } else {
    struct stat st {};
    if (::stat(input.path.c_str(), &st) != 0) return Error{std::strerror(errno), input.display};
    if (!S_ISREG(st.st_mode)) return Error{"not a regular file", input.display};
    if (static_cast<size_t>(st.st_size) > limits.max_bytes) {
      return Error{"file is " + std::to_string(st.st_size) + " bytes, larger than the " +
                       std::to_string(limits.max_bytes >> 20) + " MiB limit",
                   input.display};
    }
    std::ifstream in(input.path, std::ios::binary);
    if (!in) return Error{std::string("cannot open: ") + std::strerror(errno), input.display};
    // Read what stat announced plus one byte, to notice a file that grows while we read it,
    // and never more than one byte past the limit.
    size_t want = std::min(static_cast<size_t>(st.st_size), limits.max_bytes) + 1;
    text.resize(want);
    in.read(text.data(), static_cast<std::streamsize>(want));
    if (in.bad()) return Error{"read error", input.display};
    text.resize(static_cast<size_t>(in.gcount()));
    if (text.size() == want && want <= limits.max_bytes) {
      // It grew: read the rest, still bounded by the limit.
      std::string rest(limits.max_bytes + 1 - want, '\0');
      in.read(rest.data(), static_cast<std::streamsize>(rest.size()));
      text.append(rest, 0, static_cast<size_t>(in.gcount()));
    }
    text.shrink_to_fit();
    if (text.size() > limits.max_bytes) {
      return Error{"file grew past the " + std::to_string(limits.max_bytes >> 20) + " MiB limit while being read",
                   input.display};
    }
  }
  return std::make_shared<const SourceFile>(input.display, std::move(text));
}

}  // namespace slim
