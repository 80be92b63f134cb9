#pragma once

#include <optional>
#include <string_view>

namespace slim {

// What kind of IAM document a JSON text is; it decides which elements are required or allowed.
enum class PolicyType {
  kUnknown,   // not yet classified
  kIdentity,  // attached to a role, user or group (inline or managed)
  kTrust,     // a role's assume-role policy
  kResource,  // attached to a resource (bucket, queue, key, ...)
  kScp,       // AWS Organizations service control policy
  kRcp,       // AWS Organizations resource control policy
};

std::string_view PolicyTypeName(PolicyType type);
std::optional<PolicyType> ParsePolicyType(std::string_view name);

}  // namespace slim
