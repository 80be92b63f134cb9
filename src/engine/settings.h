// What a run was asked to assume about the user's accounts, and per-rule options.
#pragma once

#include <map>

#include "core/rule.h"
#include <string>
#include <vector>

namespace slim {

struct AnalysisSettings {
  std::string account_id;                   // --account: the account the scripts deploy to
  std::vector<std::string> known_accounts;  // --known-account and the config file
  // Per-rule options from the config file: code -> option -> value.
  std::map<std::string, std::map<std::string, std::string>, std::less<>> rule_options;

  bool IsKnownAccount(std::string_view account) const;
  // A rule option from the config (validated against the rule's RuleOption when loaded).
  long long Option(std::string_view code, const RuleOption& option) const;
};

}  // namespace slim
