// A file's bytes with a line index, so any byte offset can be turned into a 1-based
// line:column (columns count Unicode code points, as the rule contract requires).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace slim {

struct Position {
  uint32_t line = 0;    // 1-based; 0 means unknown
  uint32_t column = 0;  // 1-based, in code points

  bool known() const { return line != 0; }
  auto operator<=>(const Position&) const = default;
};

struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;  // exclusive

  uint32_t size() const { return end - begin; }
  auto operator<=>(const ByteSpan&) const = default;
};

class SourceFile {
 public:
  // `display_path` is how findings name the file (as the user wrote it, or "<stdin>").
  SourceFile(std::string display_path, std::string text);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }

  Position PositionAt(uint32_t offset) const;
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }
  // The text of a 1-based line without its line terminator.
  std::string_view LineText(uint32_t line) const;
  // Byte offset where a 1-based line starts.
  uint32_t LineStart(uint32_t line) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
  // Per line, the offset of its first byte outside ASCII (or its end): columns before it are
  // byte counts, so a position on a multi-megabyte minified line costs no scan of the line.
  std::vector<uint32_t> first_non_ascii_;
};

using SourceFilePtr = std::shared_ptr<const SourceFile>;

// Counts code points in a UTF-8 byte range; bytes of a broken sequence count one each, so
// columns stay monotonic even on invalid input.
uint32_t CountCodePoints(std::string_view utf8);

}  // namespace slim
