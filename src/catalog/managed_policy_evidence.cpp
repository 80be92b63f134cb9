#include "catalog/managed_policy_evidence.h"

#include <algorithm>

namespace slim {

using catalog_text::CompareIgnoreCase;
using catalog_text::LessIgnoreCase;

namespace {

const ManagedPolicyEvidence* FindIn(const std::vector<ManagedPolicyEvidence>& items, std::string_view name) {
  auto it = std::lower_bound(items.begin(), items.end(), name, [](const ManagedPolicyEvidence& e, std::string_view key) {
    return LessIgnoreCase(e.name, key);
  });
  if (it == items.end() || CompareIgnoreCase(it->name, name) != 0) return nullptr;
  return &*it;
}

void SortIfNeeded(std::vector<ManagedPolicyEvidence>& items) {
  auto less = [](const ManagedPolicyEvidence& a, const ManagedPolicyEvidence& b) { return LessIgnoreCase(a.name, b.name); };
  if (!std::is_sorted(items.begin(), items.end(), less)) std::stable_sort(items.begin(), items.end(), less);
}

}  // namespace

void ManagedPolicyEvidenceTable::Load() const {
  std::call_once(once_, [this] {
    catalog_text::LineReader reader(text_);
    std::string_view line;
    while (reader.Next(line)) {
      if (!catalog_text::IsDataLine(line)) continue;
      auto f = catalog_text::SplitTabs<4>(line);  // S|A, name, count, policies; K, key, u|-, actions
      if (f[0] == "K") {
        condition_keys_.push_back({f[1], f[2] == "u", catalog_text::DelimitedList(f[3])});
        continue;
      }
      ManagedPolicyEvidence e;
      e.name = f[1];
      e.policy_count = static_cast<uint32_t>(catalog_text::ParseUnsigned(f[2]).value_or(0));
      e.policies = catalog_text::DelimitedList(f[3]);
      if (e.name.empty()) continue;
      if (f[0] == "A") {
        actions_.push_back(e);
      } else if (f[0] == "S") {
        services_.push_back(e);
      }
    }
    SortIfNeeded(actions_);
    SortIfNeeded(services_);
    auto by_key = [](const ConditionKeyUse& a, const ConditionKeyUse& b) { return LessIgnoreCase(a.key, b.key); };
    if (!std::is_sorted(condition_keys_.begin(), condition_keys_.end(), by_key)) {
      std::stable_sort(condition_keys_.begin(), condition_keys_.end(), by_key);
    }
  });
}

const ManagedPolicyEvidence* ManagedPolicyEvidenceTable::ForAction(std::string_view full_action) const {
  Load();
  return FindIn(actions_, full_action);
}

const ManagedPolicyEvidence* ManagedPolicyEvidenceTable::ForService(std::string_view prefix) const {
  Load();
  return FindIn(services_, prefix);
}

const std::vector<ManagedPolicyEvidence>& ManagedPolicyEvidenceTable::Actions() const {
  Load();
  return actions_;
}

const ConditionKeyUse* ManagedPolicyEvidenceTable::ForConditionKey(std::string_view key) const {
  Load();
  auto it = std::lower_bound(condition_keys_.begin(), condition_keys_.end(), key,
                             [](const ConditionKeyUse& e, std::string_view k) { return LessIgnoreCase(e.key, k); });
  if (it == condition_keys_.end() || CompareIgnoreCase(it->key, key) != 0) return nullptr;
  return &*it;
}

bool ManagedPolicyEvidenceTable::UsesConditionKeyFamily(std::string_view family) const {
  Load();
  auto it = std::lower_bound(condition_keys_.begin(), condition_keys_.end(), family,
                             [](const ConditionKeyUse& e, std::string_view k) { return LessIgnoreCase(e.key, k); });
  return it != condition_keys_.end() && it->key.size() > family.size() &&
         CompareIgnoreCase(it->key.substr(0, family.size()), family) == 0;
}

const std::vector<ManagedPolicyEvidence>& ManagedPolicyEvidenceTable::Services() const {
  Load();
  return services_;
}

}  // namespace slim
