// Whether one wildcard pattern is included in another: every string the first matches, the
// second matches too. The redundancy rules (SL3019-SL3021) and SL3024 ask it; GlobsIntersect
// (arn_patterns.h) answers the weaker question whether the two share a string.
#pragma once

#include <string_view>

namespace slim {

// True when every string `inner` matches is matched by `outer`. Both are IAM wildcard patterns
// ('*' any run, '?' one character) that may also hold kSegmentStar (any run without '/').
// Deciding inclusion can take time exponential in the number of wildcards; past a fixed budget
// of explored states the answer is false, which makes callers report nothing rather than
// something unproven.
bool GlobIncludes(std::string_view inner, std::string_view outer, bool ignore_case = false);

}  // namespace slim
