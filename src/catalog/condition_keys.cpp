#include "catalog/condition_keys.h"

#include "util/strings.h"

namespace slim {

using catalog_text::DelimitedList;

namespace {

constexpr ConditionKeyType kAllTypes[] = {
    ConditionKeyType::kString, ConditionKeyType::kArrayOfString, ConditionKeyType::kArn,
    ConditionKeyType::kArrayOfArn, ConditionKeyType::kBool, ConditionKeyType::kArrayOfBool,
    ConditionKeyType::kNumeric, ConditionKeyType::kDate, ConditionKeyType::kIpAddress,
    ConditionKeyType::kBinary,
};

ConditionKeyType FirstType(const DelimitedList& types) {
  auto first = types.front();
  return first ? ParseConditionKeyType(*first) : ConditionKeyType::kUnknown;
}

}  // namespace

std::string_view ConditionKeyTypeName(ConditionKeyType type) {
  switch (type) {
    case ConditionKeyType::kString: return "String";
    case ConditionKeyType::kArrayOfString: return "ArrayOfString";
    case ConditionKeyType::kArn: return "ARN";
    case ConditionKeyType::kArrayOfArn: return "ArrayOfARN";
    case ConditionKeyType::kBool: return "Bool";
    case ConditionKeyType::kArrayOfBool: return "ArrayOfBool";
    case ConditionKeyType::kNumeric: return "Numeric";
    case ConditionKeyType::kDate: return "Date";
    case ConditionKeyType::kIpAddress: return "IPAddress";
    case ConditionKeyType::kBinary: return "Binary";
    case ConditionKeyType::kUnknown: return "Unknown";
  }
  return "Unknown";
}

ConditionKeyType ParseConditionKeyType(std::string_view name) {
  for (ConditionKeyType t : kAllTypes) {
    if (EqualsIgnoreCase(name, ConditionKeyTypeName(t))) return t;
  }
  return ConditionKeyType::kUnknown;
}

bool IsArrayType(ConditionKeyType type) {
  return type == ConditionKeyType::kArrayOfString || type == ConditionKeyType::kArrayOfArn ||
         type == ConditionKeyType::kArrayOfBool;
}

ConditionKeyType ElementType(ConditionKeyType type) {
  switch (type) {
    case ConditionKeyType::kArrayOfString: return ConditionKeyType::kString;
    case ConditionKeyType::kArrayOfArn: return ConditionKeyType::kArn;
    case ConditionKeyType::kArrayOfBool: return ConditionKeyType::kBool;
    default: return type;
  }
}

bool GlobalConditionKeyInfo::AllowsType(ConditionKeyType t) const {
  for (std::string_view name : types) {
    if (ParseConditionKeyType(name) == t) return true;
  }
  return false;
}

const std::vector<GlobalConditionKeyInfo>& GlobalConditionKeyTable::All() const {
  std::call_once(once_, [this] {
    catalog_text::LineReader reader(text_);
    std::string_view line;
    while (reader.Next(line)) {
      if (!catalog_text::IsDataLine(line)) continue;
      // key, type, multivalued, availability, deprecated, category, sensitive, notes
      auto f = catalog_text::SplitTabs<8>(line);
      if (f[0].empty()) continue;
      GlobalConditionKeyInfo info;
      info.name = f[0];
      info.types = DelimitedList(f[1], '|');
      info.type = FirstType(info.types);
      info.multivalued = f[2] == "yes";
      info.availability = f[3];
      info.deprecated = StartsWith(f[4], "yes");
      if (info.deprecated) {
        std::string_view advice = f[4].substr(3);
        if (StartsWith(advice, ":")) advice.remove_prefix(1);
        info.deprecation_advice = Trim(advice);
      }
      info.category = f[5];
      info.sensitive = f[6] == "yes";
      info.notes = f[7];
      info.templated = catalog_text::IsTemplatedKey(info.name);
      keys_.push_back(info);
    }
  });
  return keys_;
}

const GlobalConditionKeyInfo* GlobalConditionKeyTable::Find(std::string_view key) const {
  const auto& keys = All();
  // 63 rows: a linear scan is faster than building an index. Exact names win over templates.
  for (const auto& info : keys) {
    if (EqualsIgnoreCase(info.name, key)) return &info;
  }
  for (const auto& info : keys) {
    if (info.templated && catalog_text::KeyTemplateMatches(info.name, key)) return &info;
  }
  return nullptr;
}

}  // namespace slim
