// What a run was asked to assume about the user's accounts, and per-rule options.
#pragma once

#include <map>
#include <memory>

#include "core/rule.h"
#include <string>
#include <vector>

namespace slim {

class RepositoryEvidenceCache;

struct AnalysisSettings {
  std::string account_id;                   // --account: the account the scripts deploy to
  std::vector<std::string> known_accounts;  // --known-account and the config file
  // Per-rule options from the config file: code -> option -> value.
  std::map<std::string, std::map<std::string, std::string>, std::less<>> rule_options;
  // What the repository being linted shows the workflow uses (SL5003's least-privilege
  // policies), read on first use; set per run by RunLint, absent in unit tests.
  std::shared_ptr<const RepositoryEvidenceCache> repository;

  bool IsKnownAccount(std::string_view account) const;
  // A rule option from the config (validated against the rule's RuleOption when loaded).
  long long Option(std::string_view code, const RuleOption& option) const;
};

}  // namespace slim
