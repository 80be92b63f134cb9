#include "model/policy_type.h"

namespace slim {

std::string_view PolicyTypeName(PolicyType type) {
  switch (type) {
    case PolicyType::kUnknown: return "unknown";
    case PolicyType::kIdentity: return "identity";
    case PolicyType::kTrust: return "trust";
    case PolicyType::kResource: return "resource";
    case PolicyType::kScp: return "scp";
    case PolicyType::kRcp: return "rcp";
  }
  return "unknown";
}

std::optional<PolicyType> ParsePolicyType(std::string_view name) {
  for (PolicyType t : {PolicyType::kIdentity, PolicyType::kTrust, PolicyType::kResource, PolicyType::kScp,
                       PolicyType::kRcp}) {
    if (PolicyTypeName(t) == name) return t;
  }
  return std::nullopt;
}

}  // namespace slim
