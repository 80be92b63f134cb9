#include "remediation/text_edits.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace slim {

Result<std::string> ApplyReplacements(std::string_view text, std::vector<Replacement> replacements) {
  std::sort(replacements.begin(), replacements.end());
  replacements.erase(std::unique(replacements.begin(), replacements.end()), replacements.end());
  std::string out;
  out.reserve(text.size());
  uint32_t pos = 0;
  for (const Replacement& r : replacements) {
    if (r.span.begin < pos || r.span.end > text.size() || r.span.begin > r.span.end) {
      return Error{"overlapping or out-of-range edits"};
    }
    out.append(text.substr(pos, r.span.begin - pos));
    out += r.text;
    pos = r.span.end;
  }
  out.append(text.substr(pos));
  return out;
}

namespace {

struct LineIndex {
  std::vector<uint32_t> starts;  // offset of each line; a final entry at the end of the text
  explicit LineIndex(std::string_view text) {
    starts.push_back(0);
    for (uint32_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts.push_back(i + 1);
    }
    if (starts.back() != text.size()) starts.push_back(static_cast<uint32_t>(text.size()));
  }
  size_t lines() const { return starts.size() - 1; }
  // The 0-based line holding `offset` (the last line for the end of the text).
  size_t LineOf(uint32_t offset) const {
    auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    size_t line = static_cast<size_t>(it - starts.begin()) - 1;
    return std::min(line, lines() == 0 ? 0 : lines() - 1);
  }
};

void AppendLines(std::string& out, char marker, std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    bool last = end == std::string_view::npos;
    out += marker;
    out.append(text.substr(pos, last ? std::string_view::npos : end + 1 - pos));
    if (last) {
      out += "\n\\ No newline at end of file\n";
      break;
    }
    pos = end + 1;
  }
}

}  // namespace

std::string UnifiedDiff(const std::string& path, std::string_view before, std::vector<Replacement> replacements) {
  std::sort(replacements.begin(), replacements.end());
  replacements.erase(std::unique(replacements.begin(), replacements.end()), replacements.end());
  if (replacements.empty()) return {};
  LineIndex index(before);
  auto line_text = [&](size_t first, size_t last) {  // lines [first, last] of `before`
    if (index.lines() == 0) return std::string_view();
    return before.substr(index.starts[first], index.starts[last + 1] - index.starts[first]);
  };
  // Group edits whose lines touch, then groups closer than two contexts into one hunk.
  struct Group {
    size_t first, last;  // old lines, inclusive
    std::vector<const Replacement*> edits;
  };
  std::vector<Group> groups;
  for (const Replacement& r : replacements) {
    size_t first = index.LineOf(r.span.begin);
    size_t last = index.LineOf(r.span.end > r.span.begin ? r.span.end - 1 : r.span.begin);
    if (!groups.empty() && first <= groups.back().last) {
      groups.back().last = std::max(groups.back().last, last);
      groups.back().edits.push_back(&r);
    } else {
      groups.push_back({first, last, {&r}});
    }
  }
  constexpr size_t kContext = 3;
  std::string out = "--- a/" + path + "\n+++ b/" + path + "\n";
  long delta = 0;  // new line numbers minus old, before the current hunk
  for (size_t g = 0; g < groups.size();) {
    size_t h = g;
    while (h + 1 < groups.size() && groups[h + 1].first <= groups[h].last + 2 * kContext + 1) ++h;
    size_t start = groups[g].first > kContext ? groups[g].first - kContext : 0;
    size_t end = std::min(index.lines() == 0 ? 0 : index.lines() - 1, groups[h].last + kContext);
    std::string body;
    size_t old_count = 0, new_count = 0;
    size_t line = start;
    auto count_lines = [](std::string_view t) {
      size_t n = static_cast<size_t>(std::count(t.begin(), t.end(), '\n'));
      return n + (!t.empty() && t.back() != '\n' ? 1 : 0);
    };
    for (size_t k = g; k <= h; ++k) {
      for (; line < groups[k].first; ++line) {
        AppendLines(body, ' ', line_text(line, line));
        ++old_count, ++new_count;
      }
      std::string_view old_text = line_text(groups[k].first, groups[k].last);
      std::string new_text;
      uint32_t pos = index.starts[groups[k].first];
      for (const Replacement* r : groups[k].edits) {
        new_text.append(before.substr(pos, r->span.begin - pos));
        new_text += r->text;
        pos = r->span.end;
      }
      new_text.append(before.substr(pos, index.starts[groups[k].last + 1] - pos));
      AppendLines(body, '-', old_text);
      AppendLines(body, '+', new_text);
      old_count += count_lines(old_text);
      new_count += count_lines(new_text);
      line = groups[k].last + 1;
    }
    for (; line <= end && index.lines() > 0; ++line) {
      AppendLines(body, ' ', line_text(line, line));
      ++old_count, ++new_count;
    }
    out += "@@ -" + std::to_string(start + 1) + "," + std::to_string(old_count) + " +" +
           std::to_string(static_cast<long>(start) + 1 + delta) + "," + std::to_string(new_count) + " @@\n" + body;
    delta += static_cast<long>(new_count) - static_cast<long>(old_count);
    g = h + 1;
  }
  return out;
}

Result<bool> WriteFileAtomically(const std::filesystem::path& link_or_path, std::string_view contents) {
  // Write through a symbolic link to its target rather than replacing the link with a file.
  std::error_code ec;
  std::filesystem::path path = std::filesystem::is_symlink(link_or_path, ec) ? std::filesystem::canonical(link_or_path, ec) : link_or_path;
  if (ec) return Error{"cannot resolve the link: " + ec.message(), link_or_path.string()};
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Error{std::string("cannot stat: ") + std::strerror(errno), path.string()};
  std::string temp = (path.parent_path() / ("." + path.filename().string() + ".slim-lint-XXXXXX")).string();
  if (path.parent_path().empty()) temp = "." + path.filename().string() + ".slim-lint-XXXXXX";
  int fd = ::mkstemp(temp.data());
  if (fd < 0) return Error{std::string("cannot create a temporary file: ") + std::strerror(errno), path.string()};
  auto fail = [&](const char* what) {
    Error error{std::string(what) + ": " + std::strerror(errno), path.string()};
    ::close(fd);
    ::unlink(temp.c_str());
    return error;
  };
  size_t written = 0;
  while (written < contents.size()) {
    ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write");
    }
    written += static_cast<size_t>(n);
  }
  if (::fchmod(fd, st.st_mode & 07777) != 0) return fail("cannot keep the file mode");
  if (::fsync(fd) != 0) return fail("cannot flush");
  if (::close(fd) != 0) {
    ::unlink(temp.c_str());
    return Error{std::string("cannot close: ") + std::strerror(errno), path.string()};
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    Error error{std::string("cannot replace the file: ") + std::strerror(errno), path.string()};
    ::unlink(temp.c_str());
    return error;
  }
  return true;
}

}  // namespace slim
