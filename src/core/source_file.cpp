#include "core/source_file.h"

#include <algorithm>
#include <cstring>

namespace slim {

SourceFile::SourceFile(std::string display_path, std::string text)
    : path_(std::move(display_path)), text_(std::move(text)) {
  const auto size = static_cast<uint32_t>(text_.size());
  line_starts_.push_back(0);
  first_non_ascii_.push_back(size);
  // The usual file, ASCII with "\n" line ends, is told by one branch-free pass and indexed with
  // memchr; anything else takes the loop below.
  size_t unusual = 0;
  for (char c : text_) unusual += static_cast<size_t>((c == '\r') | (static_cast<unsigned char>(c) >= 0x80));
  if (unusual == 0) {
    for (const char* p = text_.data(); (p = static_cast<const char*>(std::memchr(p, '\n', text_.data() + size - p)));) {
      ++p;
      line_starts_.push_back(static_cast<uint32_t>(p - text_.data()));
      first_non_ascii_.push_back(size);
    }
    return;
  }
  for (uint32_t i = 0; i < size; ++i) {
    char c = text_[i];
    // Most bytes are neither a line end nor non-ASCII: one test passes them.
    if (static_cast<unsigned char>(c) > '\r' && static_cast<unsigned char>(c) < 0x80) continue;
    if (static_cast<unsigned char>(c) >= 0x80) {
      first_non_ascii_.back() = std::min(first_non_ascii_.back(), i);
    } else if (c == '\n' || (c == '\r' && (i + 1 >= size || text_[i + 1] != '\n'))) {
      // "\r\n", "\n" and a lone "\r" all end a line, as in editors.
      line_starts_.push_back(i + 1);
      first_non_ascii_.push_back(size);
    }
  }
}

Position SourceFile::PositionAt(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t line_index = static_cast<uint32_t>(it - line_starts_.begin()) - 1;
  uint32_t start = line_starts_[line_index];
  uint32_t ascii_end = std::min(first_non_ascii_[line_index], offset);
  std::string_view rest(text_.data() + ascii_end, offset - ascii_end);
  return {line_index + 1, (ascii_end - start) + CountCodePoints(rest) + 1};
}

uint32_t SourceFile::LineStart(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return static_cast<uint32_t>(text_.size());
  return line_starts_[line - 1];
}

std::string_view SourceFile::LineText(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t start = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] : static_cast<uint32_t>(text_.size());
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return std::string_view(text_).substr(start, end - start);
}

uint32_t CountCodePoints(std::string_view utf8) {
  uint32_t count = 0;
  size_t i = 0;
  while (i < utf8.size()) {
    auto byte = static_cast<unsigned char>(utf8[i]);
    size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 1;
    bool valid = i + length <= utf8.size();
    for (size_t k = 1; valid && k < length; ++k) {
      valid = (static_cast<unsigned char>(utf8[i + k]) & 0xC0) == 0x80;
    }
    i += valid ? length : 1;
    ++count;
  }
  return count;
}

}  // namespace slim
