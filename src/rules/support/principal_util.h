// Facts about principals and the conditions that narrow them, shared by the trust rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/policy.h"

namespace slim {

// The account an AWS principal value names ("123456789012", "arn:aws:iam::123456789012:root",
// a role or user ARN), or empty for "*", services and unique IDs.
std::string_view AccountOfAwsPrincipal(std::string_view value);

// True when the statement has a condition with a positive operator (Equals/Like, not Not...)
// on one of `keys` (case-insensitive), with a value that is not just "*".
bool HasRestrictingCondition(const Statement& statement, const std::vector<std::string>& keys);
bool HasRestrictingCondition(const Statement& statement, std::string_view key);

// True when "Principal" is "*" or has {"AWS": "*"}.
bool HasPublicPrincipal(const Statement& statement);

// The statement allows sts:AssumeRole, sts:AssumeRoleWithSAML, ... (or a wildcard over them).
bool AllowsAssumeRole(const Statement& statement);

}  // namespace slim
