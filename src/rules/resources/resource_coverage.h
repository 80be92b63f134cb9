// Whether one Resource value names every resource another one names: "arn:aws:s3:::b/*" covers
// "arn:aws:s3:::b/x", "*" covers everything. For SL3020 (within one list) and SL3021 (between
// statements).
#pragma once

#include <string_view>

namespace slim {

// True when `outer` names every resource `inner` can name; both are Resource or NotResource
// values as written. ARNs are compared field by field, case-sensitively as IAM matches them, and
// the partition too: a policy is evaluated in one partition, but writing "aws" next to "*" is
// still a difference a reader should see. A policy variable in `inner` may take any value; one in
// `outer` takes a single value per request, so such a value covers only the identical text.
bool ResourceCovers(std::string_view outer, std::string_view inner);

}  // namespace slim
