// What a policy grants, in a sentence: how many actions, and the sensitive ones by name.
#pragma once

#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "model/policy.h"

namespace slim {

// "123 actions in ec2, s3 and sqs, including 4 permissions-management actions (s3:PutBucketPolicy,
// ...), iam:PassRole, and actions that return credentials (ecr:GetAuthorizationToken)".
std::string DescribeGrant(const std::vector<const ActionInfo*>& actions, const Catalog& catalog);

}  // namespace slim
