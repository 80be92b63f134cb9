// "did you mean ...?" for names the user typed: config keys, rule selectors, option names.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace slim {

// The candidate closest to `typed` by edit distance, when it is close enough to be the
// intended one (1 edit for up to 3 letters, else a third of the length, at least 2, at most
// 3 edits); empty otherwise.
std::string ClosestName(std::string_view typed, std::span<const std::string> candidates);

// " (did you mean \"x\"?)" or "" -- ready to append to a message.
std::string DidYouMean(std::string_view typed, std::span<const std::string> candidates);

// Every rule code and name, the words a rule selector is made of.
std::vector<std::string> RuleNames();

}  // namespace slim
