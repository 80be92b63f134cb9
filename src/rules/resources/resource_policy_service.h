// The service a resource policy belongs to, as its Resource ARNs tell: an S3 bucket policy
// names arn:aws:s3:::... resources. For SL3022 and SL3023, which judge actions, ARNs and
// condition keys against it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/check.h"

namespace slim {

struct ResourcePolicyService {
  std::string service;                 // the ARN service field, in lower case: "s3"
  std::vector<const JsonValue*> own;   // Resource and NotResource values of that service
  std::vector<const JsonValue*> other;  // ARNs of other services
};

// Nothing for documents that are not resource policies, and for those whose resources do not
// settle the service: a value that is "*" (key policies, many queue and topic policies), no ARN,
// or has a wildcard or variable in its service field, or no service holding more than half of
// the values.
std::optional<ResourcePolicyService> FindResourcePolicyService(const DocumentCheck& check);

}  // namespace slim
