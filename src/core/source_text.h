// The text an analyzer reads, with a map back to the file it came from. For a JSON file the
// text is the file itself; for a policy written inside a quoted shell word it is the word with
// quotes and escapes removed, and every offset still leads back to the exact byte in the script.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/source_file.h"

namespace slim {

// From `text_offset` on, text bytes map one-to-one onto file bytes starting at `file_offset`,
// until the next segment begins.
struct OffsetSegment {
  uint32_t text_offset;
  uint32_t file_offset;
};

class SourceText {
 public:
  // The whole file, without copying it.
  static SourceText WholeFile(SourceFilePtr file);
  // Derived text; `segments` must be sorted by text_offset and start at 0. `verbatim` says the
  // text is a contiguous copy of file bytes that an edit may change in place (a whole
  // single-quoted shell word, or a Markdown block), given the edit keeps the quoting intact.
  SourceText(SourceFilePtr file, std::string text, std::vector<OffsetSegment> segments, bool verbatim = false);

  std::string_view text() const { return owned_ ? std::string_view(text_) : file_->text(); }
  const SourceFilePtr& file() const { return file_; }
  bool is_whole_file() const { return !owned_; }
  bool verbatim() const { return !owned_ || verbatim_; }

  uint32_t ToFileOffset(uint32_t text_offset) const;
  ByteSpan ToFileSpan(ByteSpan span) const;

 private:
  SourceText(SourceFilePtr file) : file_(std::move(file)) {}

  SourceFilePtr file_;
  bool owned_ = false;
  bool verbatim_ = false;
  std::string text_;
  std::vector<OffsetSegment> segments_;
};

}  // namespace slim
