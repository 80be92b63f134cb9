// What resources an action acts on, as ARN formats: for SL3006 (which actions could be scoped
// to ARNs) and SL3008 (whether a statement's ARNs fit the action).
#pragma once

#include <vector>

#include "rules/resources/arn_patterns.h"

namespace slim {

class Catalog;
struct ActionInfo;

struct ActionResources {
  std::vector<const ArnFormat*> formats;  // of the action's resource types, required types first
  bool unknown_format = false;            // a resource type the catalog gives no ARN format for
  // No resource types: the action is authorized on "*" only.
  bool star_only() const { return formats.empty() && !unknown_format; }
};

// Remembered per thread: several rules ask about the same actions for every statement, and
// reading an action's resource types from the catalog text is costly. The reference stays
// valid until the thread asks about another catalog.
const ActionResources& ResourcesOf(const Catalog& catalog, const ActionInfo& action);

}  // namespace slim
