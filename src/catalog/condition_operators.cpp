#include "catalog/condition_operators.h"

#include "catalog/catalog_text.h"
#include "util/strings.h"

namespace slim {
namespace {

ConditionOperatorFamily ParseFamily(std::string_view text) {
  for (auto f : {ConditionOperatorFamily::kString, ConditionOperatorFamily::kNumeric, ConditionOperatorFamily::kDate,
                 ConditionOperatorFamily::kBool, ConditionOperatorFamily::kBinary, ConditionOperatorFamily::kIpAddress,
                 ConditionOperatorFamily::kArn, ConditionOperatorFamily::kNull, ConditionOperatorFamily::kSetOperator}) {
    if (EqualsIgnoreCase(text, ConditionOperatorFamilyName(f))) return f;
  }
  return ConditionOperatorFamily::kUnknown;
}

}  // namespace

std::string_view ConditionOperatorFamilyName(ConditionOperatorFamily family) {
  switch (family) {
    case ConditionOperatorFamily::kString: return "String";
    case ConditionOperatorFamily::kNumeric: return "Numeric";
    case ConditionOperatorFamily::kDate: return "Date";
    case ConditionOperatorFamily::kBool: return "Bool";
    case ConditionOperatorFamily::kBinary: return "Binary";
    case ConditionOperatorFamily::kIpAddress: return "IPAddress";
    case ConditionOperatorFamily::kArn: return "ARN";
    case ConditionOperatorFamily::kNull: return "Null";
    case ConditionOperatorFamily::kSetOperator: return "SetOperator";
    case ConditionOperatorFamily::kUnknown: return "Unknown";
  }
  return "Unknown";
}

const std::vector<ConditionOperatorInfo>& ConditionOperatorTable::All() const {
  std::call_once(once_, [this] {
    catalog_text::LineReader reader(text_);
    std::string_view line;
    while (reader.Next(line)) {
      if (!catalog_text::IsDataLine(line)) continue;
      auto f = catalog_text::SplitTabs<4>(line);  // operator, family, accepts_wildcards, notes
      if (f[0].empty()) continue;
      ConditionOperatorInfo info;
      info.name = f[0];
      info.family = ParseFamily(f[1]);
      info.accepts_wildcards = f[2] == "yes";
      info.if_exists = EndsWith(f[0], "IfExists");
      info.negated = f[0].find("Not") != std::string_view::npos;
      info.notes = f[3];
      operators_.push_back(info);
    }
  });
  return operators_;
}

const ConditionOperatorInfo* ConditionOperatorTable::Find(std::string_view base_operator) const {
  const auto& ops = All();
  for (const auto& op : ops) {
    if (op.name == base_operator) return &op;
  }
  for (const auto& op : ops) {
    if (EqualsIgnoreCase(op.name, base_operator)) return &op;
  }
  return nullptr;
}

ParsedConditionOperator ConditionOperatorTable::Parse(std::string_view full_operator) const {
  ParsedConditionOperator parsed;
  size_t colon = full_operator.find(':');
  std::string_view base = full_operator;
  if (colon != std::string_view::npos) {
    parsed.set_operator = full_operator.substr(0, colon);
    parsed.set_info = Find(full_operator.substr(0, colon + 1));
    base = full_operator.substr(colon + 1);
  }
  parsed.info = Find(base);
  if (parsed.info && parsed.info->family == ConditionOperatorFamily::kSetOperator) parsed.info = nullptr;
  return parsed;
}

}  // namespace slim
