#include "core/source_text.h"

#include <algorithm>

namespace slim {

SourceText SourceText::WholeFile(SourceFilePtr file) { return SourceText(std::move(file)); }

SourceText::SourceText(SourceFilePtr file, std::string text, std::vector<OffsetSegment> segments, bool verbatim)
    : file_(std::move(file)), owned_(true), verbatim_(verbatim), text_(std::move(text)), segments_(std::move(segments)) {
  if (segments_.empty() || segments_.front().text_offset != 0) segments_.insert(segments_.begin(), {0, 0});
}

uint32_t SourceText::ToFileOffset(uint32_t text_offset) const {
  if (!owned_) return text_offset;
  auto it = std::upper_bound(segments_.begin(), segments_.end(), text_offset,
                             [](uint32_t offset, const OffsetSegment& s) { return offset < s.text_offset; });
  const OffsetSegment& segment = *(it - 1);
  return segment.file_offset + (text_offset - segment.text_offset);
}

ByteSpan SourceText::ToFileSpan(ByteSpan span) const {
  if (!owned_) return span;
  uint32_t begin = ToFileOffset(span.begin);
  // Map the last byte rather than the exclusive end, which may fall in the next segment.
  uint32_t end = span.end > span.begin ? ToFileOffset(span.end - 1) + 1 : begin;
  return {begin, std::max(begin, end)};
}

}  // namespace slim
