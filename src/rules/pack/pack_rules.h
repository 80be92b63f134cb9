// Rule packs: JSON files under rules/packs/ whose entries are pattern rules (an re2 pattern
// over one policy element, run by one engine) and named data lists that C++ rules read
// (e.g. documentation account IDs). Packs are embedded at build time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/rule.h"

namespace slim {

std::vector<RulePtr> LoadPackRules();

// A string list from a pack's "data" object, e.g. PackList("placeholder_account_ids").
// Every pack shares one namespace of list names; an unknown name is a programming error
// caught by the pack consistency test, and yields an empty list.
const std::vector<std::string>& PackList(std::string_view name);

}  // namespace slim
