// What the redundancy rules (SL3019-SL3021) share: which entries of a list another entry already
// covers, and how to take entries out of a JSON array.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace slim {

// For each entry of a list, the entry that makes it redundant, or nullopt to keep it.
// `covered_by[j]` lists the other entries that cover entry j (coverage is a preorder: reflexive
// and transitive). Of entries that cover each other, the one with the lowest `rank` stays (ranks
// are distinct). Every redundant entry is covered by one that stays, so all can go at once.
std::vector<std::optional<size_t>> FindRedundant(const std::vector<std::vector<size_t>>& covered_by, const std::vector<size_t>& rank);

// The text to delete to take item `index` out of `array` with one of its commas. `removed` marks
// the items that go (it must leave one); the spans of any of them together still leave valid
// JSON, each fix applied alone or with the others.
ByteSpan ItemRemovalSpan(const JsonValue& array, size_t index, const std::vector<bool>& removed);

// The position of `item` among the items of `array`, or nullopt.
std::optional<size_t> ItemIndex(const JsonValue& array, const JsonValue* item);

// "\"text\"", for messages that quote a value as written.
inline std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

}  // namespace slim
