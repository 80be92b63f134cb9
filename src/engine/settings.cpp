#include "engine/settings.h"

namespace slim {

bool AnalysisSettings::IsKnownAccount(std::string_view account) const {
  if (account == account_id) return true;
  for (const std::string& known : known_accounts) {
    if (known == account) return true;
  }
  return false;
}

long long AnalysisSettings::Option(std::string_view code, const RuleOption& option) const {
  auto rule = rule_options.find(code);
  if (rule == rule_options.end()) return option.default_value;
  auto value = rule->second.find(option.name);
  if (value == rule->second.end()) return option.default_value;
  return std::stoll(value->second);
}

}  // namespace slim
