// Known AWS service principals (rules/catalog/service_principals.tsv), e.g. lambda.amazonaws.com.
// AWS publishes no complete list, so "unknown" means "not seen in AWS managed policies or the
// service-linked-role documentation", which is worth a warning with a suggestion, not an error.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog_text.h"

namespace slim {

struct ServicePrincipalInfo {
  std::string_view name;                // "lambda.amazonaws.com"
  catalog_text::DelimitedList sources;  // "mp:iam:PassedToService", "aws-docs-slr", "cloudsplaining", ...
};

class ServicePrincipalTable {
 public:
  explicit ServicePrincipalTable(std::string_view text) : text_(text) {}

  // Exact spelling: service principals are lower-case and AWS compares them exactly. A case
  // mistake is found by Suggest().
  const ServicePrincipalInfo* Find(std::string_view principal) const;
  // Closest known principal by edit distance over the part before ".amazonaws.com".
  std::optional<std::string> Suggest(std::string_view unknown) const;
  const std::vector<ServicePrincipalInfo>& All() const;  // sorted

 private:
  std::string_view text_;
  mutable std::once_flag once_;
  mutable std::vector<ServicePrincipalInfo> principals_;
};

}  // namespace slim
