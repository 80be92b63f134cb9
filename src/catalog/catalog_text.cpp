#include "catalog/catalog_text.h"

#include <array>
#include <cstring>

#include "util/strings.h"

namespace slim::catalog_text {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr std::array<unsigned char, 256> MakeLowerTable() {
  std::array<unsigned char, 256> table{};
  for (int i = 0; i < 256; ++i) table[i] = static_cast<unsigned char>((i >= 'A' && i <= 'Z') ? i - 'A' + 'a' : i);
  return table;
}
constexpr std::array<unsigned char, 256> kLower = MakeLowerTable();

// Recursive matcher for KeyTemplateMatches; templates have at most a couple of placeholders and keys
// are short, so backtracking is cheap.
bool MatchFrom(std::string_view templ, std::string_view key) {
  while (!templ.empty()) {
    bool dollar = templ.size() >= 2 && templ[0] == '$' && templ[1] == '{';
    if (dollar || templ[0] == '<') {
      size_t close = templ.find(dollar ? '}' : '>');
      if (close == std::string_view::npos) break;  // not a placeholder after all: compare literally
      std::string_view rest = templ.substr(close + 1);
      // The placeholder takes one or more characters; try every split.
      for (size_t take = 1; take <= key.size(); ++take) {
        if (MatchFrom(rest, key.substr(take))) return true;
      }
      return false;
    }
    if (key.empty() || Lower(templ[0]) != Lower(key[0])) return false;
    templ.remove_prefix(1);
    key.remove_prefix(1);
  }
  return templ.empty() ? key.empty() : EqualsIgnoreCase(templ, key);
}

}  // namespace

bool LineReader::Next(std::string_view& line) {
  if (pos_ >= text_.size()) return false;
  const char* start = text_.data() + pos_;
  size_t remaining = text_.size() - pos_;
  const void* nl = std::memchr(start, '\n', remaining);
  size_t length = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : remaining;
  pos_ += length + (nl ? 1 : 0);
  if (length > 0 && start[length - 1] == '\r') --length;
  line = std::string_view(start, length);
  return true;
}

const char* FindTab(const char* p, const char* end) {
  constexpr ptrdiff_t kShort = 32;
  const char* stop = end - p > kShort ? p + kShort : end;
  for (; p < stop; ++p) {
    if (*p == '\t') return p;
  }
  if (p == end) return end;
  const void* tab = std::memchr(p, '\t', static_cast<size_t>(end - p));
  return tab ? static_cast<const char*>(tab) : end;
}

std::optional<uint64_t> ParseUnsigned(std::string_view field) {
  // Hand-rolled: the fields are short and from_chars showed up in profiles.
  if (field.empty() || field.size() > 19) return std::nullopt;
  uint64_t value = 0;
  for (char c : field) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<uint64_t>(c - '0');
  }
  return value;
}

void DelimitedList::iterator::Advance() {
  while (!rest_.empty()) {
    size_t cut = rest_.find(delimiter_);
    std::string_view item = rest_.substr(0, cut);
    rest_ = cut == std::string_view::npos ? std::string_view() : rest_.substr(cut + 1);
    if (!item.empty()) {
      current_ = item;
      return;
    }
  }
  done_ = true;
  current_ = {};
}

size_t DelimitedList::size() const {
  size_t n = 0;
  for (auto it = begin(); it != end(); ++it) ++n;
  return n;
}

std::optional<std::string_view> DelimitedList::front() const {
  auto it = begin();
  if (it == end()) return std::nullopt;
  return *it;
}

bool DelimitedList::ContainsIgnoreCase(std::string_view item) const {
  for (std::string_view s : *this) {
    if (EqualsIgnoreCase(s, item)) return true;
  }
  return false;
}

std::vector<std::string_view> DelimitedList::ToVector() const {
  std::vector<std::string_view> out;
  for (std::string_view s : *this) out.push_back(s);
  return out;
}

int CompareIgnoreCase(std::string_view a, std::string_view b) {
  size_t n = a.size() < b.size() ? a.size() : b.size();
  for (size_t i = 0; i < n; ++i) {
    unsigned char x = kLower[static_cast<unsigned char>(a[i])];
    unsigned char y = kLower[static_cast<unsigned char>(b[i])];
    if (x != y) return x < y ? -1 : 1;
  }
  if (a.size() == b.size()) return 0;
  return a.size() < b.size() ? -1 : 1;
}

bool IsTemplatedKey(std::string_view key) {
  return key.find("${") != std::string_view::npos || key.find('<') != std::string_view::npos;
}

bool KeyTemplateMatches(std::string_view templ, std::string_view key) {
  if (EqualsIgnoreCase(templ, key)) return true;
  if (!IsTemplatedKey(templ)) return false;
  return MatchFrom(templ, key);
}

}  // namespace slim::catalog_text
