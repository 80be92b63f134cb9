// IAM condition operators (rules/catalog/condition_operators.tsv): StringEquals, ArnLike, ...IfExists,
// and the ForAllValues:/ForAnyValue: set-operator prefixes.
#pragma once

#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

namespace slim {

enum class ConditionOperatorFamily { kString, kNumeric, kDate, kBool, kBinary, kIpAddress, kArn, kNull, kSetOperator, kUnknown };

std::string_view ConditionOperatorFamilyName(ConditionOperatorFamily family);

struct ConditionOperatorInfo {
  std::string_view name;  // canonical spelling, e.g. "StringLikeIfExists"; "ForAnyValue:" for set prefixes
  ConditionOperatorFamily family = ConditionOperatorFamily::kUnknown;
  bool accepts_wildcards = false;  // '*' and '?' in values are wildcards (StringLike, Arn*)
  bool if_exists = false;          // ...IfExists form
  bool negated = false;            // Not* operators: true when the key is absent
  std::string_view notes;          // paraphrased AWS guidance
};

// A full operator as written in a policy, e.g. "ForAnyValue:StringLikeIfExists".
struct ParsedConditionOperator {
  std::string_view set_operator;  // "ForAllValues" / "ForAnyValue" as written, or empty
  const ConditionOperatorInfo* set_info = nullptr;  // the set prefix's row, if any
  const ConditionOperatorInfo* info = nullptr;      // the base operator's row; null if unknown
};

class ConditionOperatorTable {
 public:
  explicit ConditionOperatorTable(std::string_view text) : text_(text) {}

  // `base_operator` without a set prefix, e.g. "StringLike" or "DateGreaterThanIfExists". Exact
  // spelling first, then case-insensitive (compare `name` to detect a casing mistake).
  const ConditionOperatorInfo* Find(std::string_view base_operator) const;
  ParsedConditionOperator Parse(std::string_view full_operator) const;
  const std::vector<ConditionOperatorInfo>& All() const;

 private:
  std::string_view text_;
  mutable std::once_flag once_;
  mutable std::vector<ConditionOperatorInfo> operators_;
};

}  // namespace slim
