// Answers remembered by string, for one owner at a time, up to a bound: the per-thread memos of
// the lookups every statement of every policy makes (actions, ARNs, condition keys, patterns).
// Policies repeat the same few hundred strings across statements and files, so a hash lookup
// replaces a catalog search, a regex or an automaton walk.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "util/strings.h"

namespace slim {

template <typename Value>
class StringMemo {
 public:
  explicit StringMemo(size_t max_entries) : max_entries_(max_entries) {}

  // The answer for `key`, from `compute` the first time. `owner` says whose answers they are
  // (a catalog's id, a pattern's): a change of owner, or reaching the bound, forgets every
  // entry first, so the memo never answers for another owner and never grows without limit.
  // The reference is good until the next call.
  template <typename Compute>
  const Value& Get(uint64_t owner, std::string_view key, Compute&& compute) {
    if (owner_ == owner) {
      if (auto it = entries_.find(key); it != entries_.end()) return it->second;
    }
    Value value = compute();  // first: a computation that asks this memo too leaves nothing dangling
    Forget(owner);
    return entries_.emplace(std::string(key), std::move(value)).first->second;
  }

  // The entry for `key`, default-made when new, for answers filled in part by part. `key` in
  // the result is the memo's own copy of the text, which the entry may point into.
  std::pair<std::string_view, Value&> Entry(uint64_t owner, std::string_view key) {
    if (owner_ == owner) {
      if (auto it = entries_.find(key); it != entries_.end()) return {it->first, it->second};
    }
    Forget(owner);
    auto it = entries_.emplace(std::string(key), Value{}).first;
    return {it->first, it->second};
  }

 private:
  void Forget(uint64_t owner) {
    if (owner_ != owner || entries_.size() >= max_entries_) {
      entries_.clear();
      owner_ = owner;
    }
  }

  size_t max_entries_;
  uint64_t owner_ = 0;
  std::unordered_map<std::string, Value, StringViewHash, std::equal_to<>> entries_;
};

}  // namespace slim
