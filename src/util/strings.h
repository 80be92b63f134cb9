// Small string helpers shared across modules.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace slim {

inline bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
std::string ToLower(std::string_view s);
std::vector<std::string_view> Split(std::string_view s, char separator);
std::string Join(const std::vector<std::string>& parts, std::string_view separator);
std::string_view Trim(std::string_view s);

// IAM-style wildcard match: '*' matches any run of characters, '?' exactly one.
bool WildcardMatch(std::string_view pattern, std::string_view text, bool ignore_case);
// The first of `chars` in `s` at or after `pos`. std::string_view::find_first_of calls memchr
// on the set once per character of `s`, which made it the costliest call of a run: policies
// test every action and ARN for wildcards, and the sets are one to four characters.
inline size_t FindAnyOf(std::string_view s, std::string_view chars, size_t pos = 0) {
  for (size_t i = pos; i < s.size(); ++i) {
    for (char c : chars) {
      if (s[i] == c) return i;
    }
  }
  return std::string_view::npos;
}
// The end of the JSON string whose opening quote is at `open`: one past the first quote after
// it that an even number of backslashes precedes, or text.size() when it is not closed.
size_t JsonStringEnd(std::string_view text, size_t open);

inline bool HasWildcard(std::string_view s) {
  for (char c : s) {
    if (c == '*' || c == '?') return true;
  }
  return false;
}

// Hashes std::string keys and std::string_view probes alike, so that unordered maps keyed by
// strings are searched without building a string per lookup.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Levenshtein distance, case-insensitive, stopping early once it exceeds `limit`.
size_t EditDistance(std::string_view a, std::string_view b, size_t limit = 1000);

// "a", "a and b", "a, b and c" -- for messages that list names.
std::string JoinWithAnd(const std::vector<std::string>& items);
// "1 action" / "3 actions".
std::string Plural(size_t count, std::string_view singular, std::string_view plural = {});

}  // namespace slim
