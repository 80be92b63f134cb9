#include "rules/resources/resource_coverage.h"

#include "rules/resources/arn_patterns.h"
#include "rules/resources/glob_inclusion.h"
#include "util/strings.h"

namespace slim {

bool ResourceCovers(std::string_view outer, std::string_view inner) {
  if (outer == "*" || outer == inner) return true;
  if (outer.find("${") != std::string_view::npos || FindAnyOf(outer, "*?") == std::string_view::npos) return false;
  auto o = SplitArn(outer), i = SplitArn(inner);
  if (!o || !i) return GlobIncludes(PolicyFieldGlob(inner), outer);
  for (size_t field = 0; field < o->text.size(); ++field) {
    if (!GlobIncludes(PolicyFieldGlob(i->text[field]), o->text[field])) return false;
  }
  return true;
}

}  // namespace slim
