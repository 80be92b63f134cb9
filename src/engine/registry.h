// The rules slim-lint knows: the C++ rules listed in registry.cpp and the entries of the
// rule packs under rules/packs/, and which of them a run uses at which severity.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/rule.h"

namespace slim {

// Every rule, sorted by code; built once on first use.
std::span<const Rule* const> AllRules();
// Whether a selector (code, name, glob such as "SL3*", or "ALL") names the rule.
bool RuleMatches(const Rule& rule, std::string_view selector);
const Rule* FindRule(std::string_view code_or_name);

// Which rules run, at which severity. Selectors are codes, names or globs ("SL3*"); a leading
// '-' removes ("-SL3006").
class RuleSelection {
 public:
  RuleSelection();  // every rule, at its default severity
  Result<bool> Apply(const std::vector<std::string>& selectors);
  Result<bool> OverrideSeverity(std::string_view selector, std::string_view severity);

  bool enabled(const Rule& rule) const;
  Severity severity(const Rule& rule) const;
  std::vector<const Rule*> enabled_rules() const;

 private:
  std::map<std::string, bool, std::less<>> enabled_;          // by code
  std::map<std::string, Severity, std::less<>> severities_;   // overrides by code
};

}  // namespace slim
