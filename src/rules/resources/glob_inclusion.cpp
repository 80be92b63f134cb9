#include "rules/resources/glob_inclusion.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "rules/resources/arn_patterns.h"
#include "util/string_memo.h"

namespace slim {
namespace {

// Policies hold a handful of wildcards per pattern and need a few dozen states; this bounds
// what a crafted pattern such as "*a??????????????????" can cost.
constexpr size_t kStateBudget = 20000;

bool IsStar(char c) { return c == '*' || c == kSegmentStar; }
bool IsWildcard(char c) { return IsStar(c) || c == '?'; }
char Fold(char c, bool ignore_case) { return ignore_case && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool HasWildcards(std::string_view p) { return std::any_of(p.begin(), p.end(), IsWildcard); }
bool OnlyStars(std::string_view p) { return !p.empty() && p.find_first_not_of('*') == std::string_view::npos; }

bool SameText(std::string_view a, std::string_view b, bool ignore_case) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (Fold(a[k], ignore_case) != Fold(b[k], ignore_case)) return false;
  }
  return true;
}

// Whether `pattern` matches the literal `text`: one row of the classic table at a time.
bool MatchesText(std::string_view pattern, std::string_view text, bool ignore_case) {
  std::vector<char> row(text.size() + 1, 0), next(text.size() + 1);
  row[0] = 1;
  for (char x : pattern) {
    std::fill(next.begin(), next.end(), 0);
    for (size_t k = 0; k <= text.size(); ++k) {
      if (IsStar(x)) {
        // A star takes nothing, or one more character after what it took (never '/' for kSegmentStar).
        next[k] = row[k] || (k > 0 && next[k - 1] && (x == '*' || text[k - 1] != '/'));
      } else if (k > 0 && row[k - 1]) {
        next[k] = x == '?' || Fold(x, ignore_case) == Fold(text[k - 1], ignore_case);
      }
    }
    row.swap(next);
  }
  return row[text.size()];
}

// Cheap necessary conditions: where both patterns have literal characters at the same distance
// from the start or from the end, they must agree.
bool EndsAgree(std::string_view inner, std::string_view outer, bool ignore_case) {
  for (size_t k = 0; k < inner.size() && k < outer.size() && !IsWildcard(inner[k]) && !IsWildcard(outer[k]); ++k) {
    if (Fold(inner[k], ignore_case) != Fold(outer[k], ignore_case)) return false;
  }
  for (size_t k = 1; k <= inner.size() && k <= outer.size(); ++k) {
    char a = inner[inner.size() - k], b = outer[outer.size() - k];
    if (IsWildcard(a) || IsWildcard(b)) break;
    if (Fold(a, ignore_case) != Fold(b, ignore_case)) return false;
  }
  return true;
}

// One character for each class of characters that `outer` tells apart: its literals, '/' (which
// kSegmentStar refuses), and one stand-in for every other character.
std::string Representatives(std::string_view outer, bool ignore_case) {
  std::string reps = "/";
  for (char x : outer) {
    char c = Fold(x, ignore_case);
    if (!IsWildcard(x) && reps.find(c) == std::string::npos) reps.push_back(c);
  }
  for (int b = 1; b < 256; ++b) {
    char c = static_cast<char>(b);
    if (!IsWildcard(c) && Fold(c, ignore_case) == c && reps.find(c) == std::string::npos) {
      reps.push_back(c);
      break;
    }
  }
  return reps;
}

// Sets of positions of the outer pattern: bit j is set when outer[0, j) can have taken the input
// read so far. One machine word holds them for patterns under 64 characters, nearly all of them.
class WordSet {
 public:
  explicit WordSet(size_t /*positions*/) {}
  void Set(size_t j) { bits_ |= uint64_t{1} << j; }
  bool Has(size_t j) const { return (bits_ >> j) & 1; }
  bool Empty() const { return bits_ == 0; }
  size_t Hash() const { return std::hash<uint64_t>{}(bits_); }
  bool operator==(const WordSet&) const = default;

 private:
  uint64_t bits_ = 0;
};

class WideSet {
 public:
  explicit WideSet(size_t positions) : words_(positions / 64 + 1, 0) {}
  void Set(size_t j) { words_[j / 64] |= uint64_t{1} << (j % 64); }
  bool Has(size_t j) const { return (words_[j / 64] >> (j % 64)) & 1; }
  bool Empty() const { return std::all_of(words_.begin(), words_.end(), [](uint64_t w) { return w == 0; }); }
  size_t Hash() const {
    size_t h = 0;
    for (uint64_t w : words_) h = h * 1000003 ^ std::hash<uint64_t>{}(w);
    return h;
  }
  bool operator==(const WideSet&) const = default;

 private:
  std::vector<uint64_t> words_;
};

// Walks inner's automaton and the subset automaton of outer together, looking for a string that
// inner accepts and outer does not. Every suffix of a pattern matches some string, so reaching
// an empty set of outer positions is finding one.
template <typename Set>
class Search {
 public:
  Search(std::string_view inner, std::string_view outer, bool ignore_case)
      : inner_(inner), outer_(outer), ignore_case_(ignore_case), reps_(Representatives(outer, ignore_case)) {}

  bool Included() {
    Set start(outer_.size() + 1);
    Add(start, 0);
    Push(0, start);
    while (!stack_.empty()) {
      if (seen_.size() > kStateBudget) return false;
      Node node = stack_.back();
      stack_.pop_back();
      if (node.states.Empty()) return false;
      if (node.i == inner_.size()) {
        if (!node.states.Has(outer_.size())) return false;
        continue;
      }
      char x = inner_[node.i];
      if (IsStar(x)) {
        Push(node.i + 1, node.states);
        for (char c : reps_) {
          if (x == kSegmentStar && c == '/') continue;
          Push(node.i, Step(node.states, c));
        }
      } else if (x == '?') {
        for (char c : reps_) Push(node.i + 1, Step(node.states, c));
      } else {
        Push(node.i + 1, Step(node.states, x));
      }
    }
    return true;
  }

 private:
  struct Node {
    size_t i;
    Set states;
    bool operator==(const Node&) const = default;
  };
  struct NodeHash {
    size_t operator()(const Node& n) const { return n.states.Hash() * 31 + n.i; }
  };

  // Position j, and those a run of stars from j lets the pattern skip to (a star may match "").
  void Add(Set& set, size_t j) const {
    for (;; ++j) {
      set.Set(j);
      if (j == outer_.size() || !IsStar(outer_[j])) break;
    }
  }

  Set Step(const Set& from, char c) const {
    Set next(outer_.size() + 1);
    for (size_t j = 0; j < outer_.size(); ++j) {
      if (!from.Has(j)) continue;
      char x = outer_[j];
      if (x == '*' || (x == kSegmentStar && c != '/')) {
        Add(next, j);
      } else if (x == '?' || (x != kSegmentStar && Fold(x, ignore_case_) == Fold(c, ignore_case_))) {
        Add(next, j + 1);
      }
    }
    return next;
  }

  void Push(size_t i, const Set& states) {
    Node node{i, states};
    if (seen_.insert(node).second) stack_.push_back(std::move(node));
  }

  std::string_view inner_, outer_;
  bool ignore_case_;
  std::string reps_;
  std::vector<Node> stack_;
  std::unordered_set<Node, NodeHash> seen_;
};

}  // namespace

bool GlobIncludes(std::string_view inner, std::string_view outer, bool ignore_case) {
  if (SameText(inner, outer, ignore_case) || OnlyStars(outer)) return true;
  // A literal outer names one string, which inner (another text, or a pattern) is not. Stars
  // alone match the empty string, which an outer of more than '*' refuses unless it has a
  // kSegmentStar (that may match "" too).
  if (!HasWildcards(outer)) return false;
  if (OnlyStars(inner) && outer.find(kSegmentStar) == std::string_view::npos) return false;
  if (!HasWildcards(inner)) return MatchesText(outer, inner, ignore_case);
  if (!EndsAgree(inner, outer, ignore_case)) return false;
  // Strings inner surely matches, with each wildcard taken as nothing or as one character
  // outer has no literal for: outer refusing one settles the question without the search
  // (it mostly does, for a narrow policy pattern against a catalog format).
  char stand_in = Representatives(outer, ignore_case).back();
  for (bool empty_stars : {true, false}) {
    std::string witness;
    for (char x : inner) {
      if (!IsWildcard(x)) witness.push_back(x);
      else if (x == '?' || !empty_stars) witness.push_back(stand_in);
    }
    if (!MatchesText(outer, witness, ignore_case)) return false;
  }
  // Two patterns: a search of thousands of instructions, for the same catalog formats and
  // policy patterns over and over (AWS managed policies repeat them by the hundred), so each
  // thread remembers its answers, up to a bound.
  thread_local StringMemo<bool> memo(65536);
  std::string key;
  key.reserve(inner.size() + outer.size() + 2);
  key.append(inner).push_back('\0');
  key.append(outer).push_back(ignore_case ? '1' : '0');
  return memo.Get(0, key, [&] {
    return outer.size() < 64 ? Search<WordSet>(inner, outer, ignore_case).Included() : Search<WideSet>(inner, outer, ignore_case).Included();
  });
}

}  // namespace slim
