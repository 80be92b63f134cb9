// Condition-key vocabulary: key types, service-specific keys (from the action catalog) and the
// global aws: keys (rules/catalog/global_condition_keys.tsv).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

#include "catalog/catalog_text.h"

namespace slim {

// Condition-key data types, in the Service Authorization Reference's vocabulary.
enum class ConditionKeyType {
  kString,
  kArrayOfString,
  kArn,
  kArrayOfArn,
  kBool,
  kArrayOfBool,
  kNumeric,
  kDate,
  kIpAddress,
  kBinary,
  kUnknown,
};

// "String", "ArrayOfString", "ARN", "ArrayOfARN", "Bool", "ArrayOfBool", "Numeric", "Date",
// "IPAddress", "Binary", "Unknown".
std::string_view ConditionKeyTypeName(ConditionKeyType type);
// Parses one type name (case-insensitively); kUnknown if it is none of the above.
ConditionKeyType ParseConditionKeyType(std::string_view name);
// ArrayOf* types are multivalued: they need ForAllValues/ForAnyValue.
bool IsArrayType(ConditionKeyType type);
// The element type of an ArrayOf* type (ArrayOfString -> String); other types map to themselves.
ConditionKeyType ElementType(ConditionKeyType type);

// A service-specific condition key, e.g. s3:signatureAge (Numeric).
struct ConditionKeyInfo {
  std::string_view service_prefix;  // the service section that defines it (not always the key's prefix)
  std::string_view name;            // canonical spelling; may contain a placeholder ("s3:RequestObjectTag/<key>")
  ConditionKeyType type = ConditionKeyType::kUnknown;  // the first of `types`
  catalog_text::DelimitedList types;                   // "ArrayOfString|String" where the pages disagree
  std::string_view description;                        // AWS's one-line description
  bool templated = false;                              // name contains ${...} or <...>
};

// A global condition context key (aws:*, plus a few cross-service session keys).
struct GlobalConditionKeyInfo {
  std::string_view name;  // "aws:RequestTag/${TagKey}", "aws:CurrentTime", ...
  ConditionKeyType type = ConditionKeyType::kUnknown;  // the first of `types`
  catalog_text::DelimitedList types;                   // "Date|Numeric" for aws:EpochTime
  bool multivalued = false;
  std::string_view availability;  // when the key is present in the request context
  bool deprecated = false;
  std::string_view deprecation_advice;  // "use aws:PrincipalArn (or aws:SourceArn)"; empty if not deprecated
  std::string_view category;            // principal, role-session, network, resource, request, cross-service, deprecated
  bool sensitive = false;               // AWS says wildcards in its values have no valid use
  std::string_view notes;
  bool templated = false;

  bool AllowsType(ConditionKeyType t) const;
};

// The table in global_condition_keys.tsv; parsed on first lookup (63 rows).
class GlobalConditionKeyTable {
 public:
  explicit GlobalConditionKeyTable(std::string_view text) : text_(text) {}

  // Case-insensitive; "aws:RequestTag/env" finds "aws:RequestTag/${TagKey}".
  const GlobalConditionKeyInfo* Find(std::string_view key) const;
  const std::vector<GlobalConditionKeyInfo>& All() const;

 private:
  std::string_view text_;
  mutable std::once_flag once_;
  mutable std::vector<GlobalConditionKeyInfo> keys_;
};

}  // namespace slim
