#include "inputs/input_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
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
        if (auto kind = KindFromName(path)) out.files.push_back({path.native(), DisplayPath(path), *kind, false});
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
    // An extensionless script is recognized by its shebang. Opened without blocking and
    // checked by descriptor, so a FIFO that replaced the file cannot stall the walk.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return std::nullopt;
    char head[128] = {};
    struct stat st {};
    ssize_t got = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? ::read(fd, head, sizeof head) : -1;
    ::close(fd);
    if (got > 0 && IsShellShebang(std::string_view(head, static_cast<size_t>(got)))) return InputKind::kShell;
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
      out.files.push_back({path.native(), DisplayPath(path), KindFromName(path), true});
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

namespace {

std::string LimitText(size_t bytes) {
  return bytes % (1u << 20) == 0 ? std::to_string(bytes >> 20) + " MiB" : std::to_string(bytes) + " bytes";
}

// Reads from `fd` until end of file, but never more than `limit` + 1 bytes, so an endless
// source (a pipe from /dev/zero) costs at most the limit in memory.
// Reads through a buffer and appends, so the string holds what arrived and no spare chunk: a
// lint run keeps thousands of files in memory at once. `expected` is fstat's size (0 for a
// pipe); a file that grows while it is read is still read to the end, or to the limit.
Result<bool> ReadBounded(int fd, size_t limit, std::string& text, size_t expected = 0) {
  text.reserve(std::min(expected, limit) + 1);
  char buffer[1u << 16];
  while (text.size() <= limit) {
    size_t want = std::min(sizeof buffer, limit + 1 - text.size());
    ssize_t got = ::read(fd, buffer, want);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return Error{std::string("read error: ") + std::strerror(errno)};
    if (got == 0) return true;
    text.append(buffer, static_cast<size_t>(got));
  }
  return true;
}

}  // namespace

Result<SourceFilePtr> ReadInput(const InputPath& input, const ReadLimits& limits) {
  std::string text;
  if (input.path.empty()) {
    if (auto read = ReadBounded(STDIN_FILENO, limits.max_bytes, text); !read.ok()) {
      return Error{read.error().message, input.display};
    }
    if (text.size() > limits.max_bytes) {
      return Error{"input is larger than the " + LimitText(limits.max_bytes) + " limit", input.display};
    }
    return std::make_shared<const SourceFile>(input.display, std::move(text));
  }
  // O_NONBLOCK: should a FIFO take the file's place after it was found, opening it must not
  // wait for a writer; the descriptor's own type is what decides, so there is no race.
  int fd = ::open(input.path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    int error = errno;
    return Error{error == ENOENT ? std::string("no such file or directory") : std::string("cannot open: ") + std::strerror(error),
                 input.display};
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) return Error{std::string("cannot read: ") + std::strerror(errno), input.display};
  if (S_ISDIR(st.st_mode)) return Error{"is a directory, not a file", input.display};
  if (!S_ISREG(st.st_mode)) {
    return Error{"not a regular file (a FIFO, socket or device is never read)", input.display};
  }
  if (static_cast<size_t>(st.st_size) > limits.max_bytes) {
    return Error{"file is " + std::to_string(st.st_size) + " bytes, larger than the " + LimitText(limits.max_bytes) +
                     " limit",
                 input.display};
  }
  // Reading to the end, bounded, also covers a file that grows while it is read.
  if (auto read = ReadBounded(fd, limits.max_bytes, text, static_cast<size_t>(st.st_size)); !read.ok()) {
    return Error{read.error().message, input.display};
  }
  if (text.size() > limits.max_bytes) {
    return Error{"file grew past the " + LimitText(limits.max_bytes) + " limit while being read", input.display};
  }
  return std::make_shared<const SourceFile>(input.display, std::move(text));
}

}  // namespace slim
