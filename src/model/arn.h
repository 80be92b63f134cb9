// Amazon Resource Names: arn:partition:service:region:account:resource.
#pragma once

#include <optional>
#include <string_view>

namespace slim {

struct Arn {
  std::string_view partition;
  std::string_view service;
  std::string_view region;
  std::string_view account;
  std::string_view resource;  // everything after the fifth colon
  // Byte offsets of the fields within the parsed text, for precise locations.
  size_t account_offset = 0;
};

// Splits an ARN into its fields; nullopt when it does not start with "arn:" or has fewer
// than six colon-separated fields.
std::optional<Arn> ParseArn(std::string_view text);

// A 12-digit account ID.
bool IsAccountId(std::string_view text);

}  // namespace slim
