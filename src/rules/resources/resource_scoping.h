// Whether a statement limits its resources by condition instead of by ARN: attribute-based
// access control (resource tags) or the resource's account or organization. SL3006 and SL3024
// do not ask such statements for narrower ARNs.
#pragma once

#include "model/policy.h"

namespace slim {

bool ScopesResourcesByCondition(const Statement& s);

}  // namespace slim
