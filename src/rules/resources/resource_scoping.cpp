#include "rules/resources/resource_scoping.h"

#include "util/strings.h"

namespace slim {

bool ScopesResourcesByCondition(const Statement& s) {
  for (const ConditionClause& clause : s.conditions) {
    std::string key = ToLower(clause.key_member->key);
    if (key.find(":resourcetag/") != std::string::npos || EndsWith(key, ":resourceaccount") || key == "aws:resourceorgid" ||
        key == "aws:resourceorgpaths") {
      return true;
    }
  }
  return false;
}

}  // namespace slim
