#include "rules/resources/resource_policy_service.h"

#include <map>

#include "rules/resources/arn_patterns.h"
#include "util/strings.h"

namespace slim {

std::optional<ResourcePolicyService> FindResourcePolicyService(const DocumentCheck& check) {
  if (check.type() != PolicyType::kResource) return std::nullopt;
  std::vector<std::pair<std::string, const JsonValue*>> arns;
  for (const Statement& s : check.document.policy.statements) {
    for (const StringListElement* e : {&s.resource, &s.not_resource}) {
      for (const JsonValue* value : e->values) {
        auto fields = SplitArn(value->text());
        if (!fields || fields->service().empty() || PolicyFieldIsPattern(fields->service())) return std::nullopt;
        arns.emplace_back(ToLower(fields->service()), value);
      }
    }
  }
  std::map<std::string, size_t> counts;
  for (const auto& [service, value] : arns) ++counts[service];
  for (const auto& [service, count] : counts) {
    if (count * 2 <= arns.size()) continue;
    ResourcePolicyService out{service, {}, {}};
    for (const auto& [s, value] : arns) (s == service ? out.own : out.other).push_back(value);
    return out;
  }
  return std::nullopt;
}

}  // namespace slim
