// IAM access levels, as the AWS Service Authorization Reference classifies every action.
#pragma once

#include <optional>
#include <string_view>

namespace slim {

enum class AccessLevel { kList, kRead, kWrite, kPermissionsManagement, kTagging };

// "List", "Read", "Write", "Permissions management", "Tagging" (AWS's spelling).
std::string_view AccessLevelName(AccessLevel level);

// Accepts AWS's names (case-insensitively) and the one-letter codes of the catalog files
// (L, R, W, P, T).
std::optional<AccessLevel> ParseAccessLevel(std::string_view text);

// Write, Permissions management and Tagging change state; Cloudsplaining calls these "modify" actions.
inline bool IsModifyingAccessLevel(AccessLevel level) {
  return level == AccessLevel::kWrite || level == AccessLevel::kPermissionsManagement ||
         level == AccessLevel::kTagging;
}

}  // namespace slim
