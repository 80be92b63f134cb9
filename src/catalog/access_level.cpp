#include "catalog/access_level.h"

#include "util/strings.h"

namespace slim {

std::string_view AccessLevelName(AccessLevel level) {
  switch (level) {
    case AccessLevel::kList: return "List";
    case AccessLevel::kRead: return "Read";
    case AccessLevel::kWrite: return "Write";
    case AccessLevel::kPermissionsManagement: return "Permissions management";
    case AccessLevel::kTagging: return "Tagging";
  }
  return "Write";
}

std::optional<AccessLevel> ParseAccessLevel(std::string_view text) {
  if (text.size() == 1) {
    switch (text[0]) {
      case 'L': return AccessLevel::kList;
      case 'R': return AccessLevel::kRead;
      case 'W': return AccessLevel::kWrite;
      case 'P': return AccessLevel::kPermissionsManagement;
      case 'T': return AccessLevel::kTagging;
      default: return std::nullopt;
    }
  }
  for (AccessLevel level : {AccessLevel::kList, AccessLevel::kRead, AccessLevel::kWrite,
                            AccessLevel::kPermissionsManagement, AccessLevel::kTagging}) {
    if (EqualsIgnoreCase(text, AccessLevelName(level))) return level;
  }
  return std::nullopt;
}

}  // namespace slim
