// Zero-copy readers for the line-oriented catalog files in rules/catalog/.
//
// The catalog is embedded into the binary and must cost nothing until a lookup needs it, so the
// readers never copy: every field is a std::string_view into the file text (embedded .rodata, or a
// buffer the Catalog owns for --catalog DIR), and list fields are walked lazily by DelimitedList.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

namespace slim::catalog_text {

// The first line of every catalog file starts with this.
inline constexpr std::string_view kHeaderPrefix = "# slim-lint catalog: ";

// Walks the lines of a text. A line excludes its '\n' (and a '\r' before it).
class LineReader {
 public:
  explicit LineReader(std::string_view text, size_t offset = 0) : text_(text), pos_(offset) {}

  // Stores the next line in `line`; false at the end of the text.
  bool Next(std::string_view& line);
  // Byte offset where the next line starts.
  size_t offset() const { return pos_; }

 private:
  std::string_view text_;
  size_t pos_;
};

// Comment ('#') and blank lines carry no data.
inline bool IsDataLine(std::string_view line) { return !line.empty() && line[0] != '#'; }

// Position of the first tab in [p, end), or end. Most catalog fields are a few bytes long, where a
// plain loop beats a memchr call; long fields (condition-key lists) still get memchr.
const char* FindTab(const char* p, const char* end);

// Splits `line` at tabs into exactly N fields: missing trailing fields are empty, and the last field
// keeps any further tabs (so a JSON document in the last column is never cut).
template <size_t N>
std::array<std::string_view, N> SplitTabs(std::string_view line) {
  std::array<std::string_view, N> fields{};
  const char* p = line.data();
  const char* end = p + line.size();
  for (size_t i = 0; i < N; ++i) {
    if (i + 1 == N) {
      fields[i] = std::string_view(p, static_cast<size_t>(end - p));
      break;
    }
    const char* tab = FindTab(p, end);
    fields[i] = std::string_view(p, static_cast<size_t>(tab - p));
    if (tab == end) break;
    p = tab + 1;
  }
  return fields;
}

// Parses a non-negative decimal integer field; nullopt if it is not one.
std::optional<uint64_t> ParseUnsigned(std::string_view field);

// A list packed into one field ("a,b,c"), iterated without allocating. Empty items are skipped,
// so an empty field is an empty list.
class DelimitedList {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string_view*;
    using reference = std::string_view;

    iterator() = default;
    iterator(std::string_view rest, char delimiter) : rest_(rest), delimiter_(delimiter) { Advance(); }
    std::string_view operator*() const { return current_; }
    iterator& operator++() {
      Advance();
      return *this;
    }
    iterator operator++(int) {
      iterator copy = *this;
      Advance();
      return copy;
    }
    bool operator==(const iterator& other) const {
      return done_ == other.done_ && (done_ || current_.data() == other.current_.data());
    }

   private:
    void Advance();
    std::string_view rest_;
    std::string_view current_;
    char delimiter_ = ',';
    bool done_ = false;
  };

  DelimitedList() = default;
  explicit DelimitedList(std::string_view text, char delimiter = ',') : text_(text), delimiter_(delimiter) {}

  iterator begin() const { return iterator(text_, delimiter_); }
  iterator end() const { return iterator(std::string_view(), delimiter_); }
  bool empty() const { return begin() == end(); }
  size_t size() const;
  std::string_view raw() const { return text_; }
  std::optional<std::string_view> front() const;
  bool ContainsIgnoreCase(std::string_view item) const;
  std::vector<std::string_view> ToVector() const;

 private:
  std::string_view text_;
  char delimiter_ = ',';
};

// ASCII case-insensitive three-way comparison, consistent with the generator's sort order
// (rules/gen/generate_catalog.py sorts by (ascii_lower(s), s)).
int CompareIgnoreCase(std::string_view a, std::string_view b);
inline bool LessIgnoreCase(std::string_view a, std::string_view b) { return CompareIgnoreCase(a, b) < 0; }

// Whether a condition-key name from the catalog contains a placeholder: "${TagKey}" or "<key>".
bool IsTemplatedKey(std::string_view key);

// Matches a condition key against a catalog key that may contain placeholders, case-insensitively.
// A placeholder matches one or more characters: "aws:RequestTag/${TagKey}" matches "aws:RequestTag/env",
// and the template itself ("aws:RequestTag/${TagKey}") matches too.
bool KeyTemplateMatches(std::string_view templ, std::string_view key);

}  // namespace slim::catalog_text
