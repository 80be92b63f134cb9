#include "rules/conditions/condition_support.h"

#include "catalog/name_suggestions.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim::conditions {

Fix RenameFix(const PolicyDocument& document, const JsonMember& member, const JsonValue& siblings,
              const std::string& name, std::string description) {
  for (const JsonMember& sibling : siblings.members()) {
    if (&sibling != &member && EqualsIgnoreCase(sibling.key, name)) return {};
  }
  return MakeFix(FixApplicability::kUnsafe, std::move(description),
                 ToFileEdits(document, {{member.key_span, "\"" + name + "\""}}));
}

std::string ListSome(const std::vector<std::string>& names, size_t shown) {
  if (names.size() <= shown + 1) return JoinWithAnd(names);
  std::vector<std::string> head(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(shown));
  return Join(head, ", ") + " and " + std::to_string(names.size() - shown) + " more";
}

std::string Closest(std::string_view query, const std::vector<std::string_view>& candidates, size_t budget) {
  ClosestName closest(query, budget);
  for (std::string_view c : candidates) closest.Consider(c);
  return closest.best() ? std::string(*closest.best()) : std::string();
}

}  // namespace slim::conditions
