#include "engine/registry.h"

#include <algorithm>
#include <memory>

#include "rules/builtin_rules.h"
#include "rules/pack/pack_rules.h"
#include "util/strings.h"

namespace slim {
namespace {

struct Registry {
  std::vector<RulePtr> owned;
  std::vector<const Rule*> sorted;
};

const Registry& GetRegistry() {
  static const Registry registry = [] {
    Registry r;
    r.owned = MakeBuiltinRules();
    for (RulePtr& rule : LoadPackRules()) r.owned.push_back(std::move(rule));
    for (const RulePtr& rule : r.owned) r.sorted.push_back(rule.get());
    std::sort(r.sorted.begin(), r.sorted.end(), [](const Rule* a, const Rule* b) { return a->info().code < b->info().code; });
    return r;
  }();
  return registry;
}

}  // namespace

bool RuleMatches(const Rule& rule, std::string_view selector) {
  if (selector == "ALL" || selector == "all") return true;
  if (HasWildcard(selector)) return WildcardMatch(selector, rule.info().code, true) || WildcardMatch(selector, rule.info().name, true);
  return EqualsIgnoreCase(selector, rule.info().code) || selector == rule.info().name;
}

std::span<const Rule* const> AllRules() { return GetRegistry().sorted; }

const Rule* FindRule(std::string_view code_or_name) {
  // Reporters and stages look a rule up for every finding: an exact code is a binary search.
  std::span<const Rule* const> rules = AllRules();
  auto it = std::lower_bound(rules.begin(), rules.end(), code_or_name,
                             [](const Rule* rule, std::string_view code) { return rule->info().code < code; });
  if (it != rules.end() && (*it)->info().code == code_or_name) return *it;
  for (const Rule* rule : rules) {
    if (EqualsIgnoreCase(rule->info().code, code_or_name) || rule->info().name == code_or_name) return rule;
  }
  return nullptr;
}

RuleSelection::RuleSelection() {
  for (const Rule* rule : AllRules()) enabled_[rule->info().code] = true;
}

Result<bool> RuleSelection::Apply(const std::vector<std::string>& selectors) {
  // A list that starts with a positive selector replaces the default set; removals then narrow it.
  bool first_positive = !selectors.empty() && !StartsWith(selectors.front(), "-");
  if (first_positive) {
    for (auto& [code, on] : enabled_) on = false;
  }
  for (const std::string& raw : selectors) {
    bool remove = StartsWith(raw, "-");
    std::string_view selector = remove ? std::string_view(raw).substr(1) : std::string_view(raw);
    bool matched = false;
    for (const Rule* rule : AllRules()) {
      if (RuleMatches(*rule, selector)) {
        enabled_[rule->info().code] = !remove;
        matched = true;
      }
    }
    if (!matched) return Error{"unknown rule selector '" + std::string(selector) + "' (see slim-lint --list-rules)"};
  }
  return true;
}

Result<bool> RuleSelection::OverrideSeverity(std::string_view selector, std::string_view severity) {
  auto parsed = ParseSeverity(severity);
  if (!parsed) return Error{"unknown severity '" + std::string(severity) + "' (use error, security, warning or suggestion)"};
  bool matched = false;
  for (const Rule* rule : AllRules()) {
    if (RuleMatches(*rule, selector)) {
      severities_[rule->info().code] = *parsed;
      matched = true;
    }
  }
  if (!matched) return Error{"unknown rule selector '" + std::string(selector) + "'"};
  return true;
}

bool RuleSelection::enabled(const Rule& rule) const {
  auto it = enabled_.find(rule.info().code);
  return it != enabled_.end() && it->second;
}

Severity RuleSelection::severity(const Rule& rule) const {
  auto it = severities_.find(rule.info().code);
  return it == severities_.end() ? rule.info().severity : it->second;
}

std::vector<const Rule*> RuleSelection::enabled_rules() const {
  std::vector<const Rule*> out;
  for (const Rule* rule : AllRules()) {
    if (enabled(*rule)) out.push_back(rule);
  }
  return out;
}

}  // namespace slim
