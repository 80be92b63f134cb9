// Evidence from AWS managed policies (rules/catalog/managed_policy_evidence.tsv) for actions and
// service prefixes that the action catalog lacks.
//
// The action catalog is a snapshot (2026-06-14) and AWS keeps adding services; AWS's own managed
// policies already use some of the newer actions. Such an action is real, so a linter must treat it
// as "known with lower confidence" and never report it as unknown.
#pragma once

#include <cstdint>
#include <mutex>
#include <string_view>
#include <vector>

#include "catalog/catalog_text.h"

namespace slim {

struct ManagedPolicyEvidence {
  std::string_view name;       // "agent-registry:CreateRegistryRecord" or a prefix "agent-registry"
  uint32_t policy_count = 0;   // AWS managed policies using it
  catalog_text::DelimitedList policies;  // up to 3 names, non-deprecated first
};

// How AWS managed policies use one condition key (K lines): AWS's own documents are valid, so
// a key they use is real, and the actions beside it show where it is supported.
struct ConditionKeyUse {
  std::string_view key;       // lowercase
  bool unqualified = false;   // compared without ForAllValues:/ForAnyValue: (Null aside)
  catalog_text::DelimitedList actions;  // lowercase Action values of the statements using it
};

class ManagedPolicyEvidenceTable {
 public:
  explicit ManagedPolicyEvidenceTable(std::string_view text) : text_(text) {}

  // Case-insensitive. Actions are exact names (no wildcards); services are prefixes absent from the
  // action catalog.
  const ManagedPolicyEvidence* ForAction(std::string_view full_action) const;
  const ManagedPolicyEvidence* ForService(std::string_view prefix) const;
  const std::vector<ManagedPolicyEvidence>& Actions() const;
  const std::vector<ManagedPolicyEvidence>& Services() const;
  // Case-insensitive; nullptr when no AWS managed policy uses the key.
  const ConditionKeyUse* ForConditionKey(std::string_view key) const;
  // Whether AWS uses some key of the per-tag family "<prefix>/" ("secretsmanager:resourcetag/").
  bool UsesConditionKeyFamily(std::string_view family) const;

 private:
  void Load() const;

  std::string_view text_;
  mutable std::once_flag once_;
  mutable std::vector<ManagedPolicyEvidence> actions_;
  mutable std::vector<ManagedPolicyEvidence> services_;
  mutable std::vector<ConditionKeyUse> condition_keys_;  // sorted by key
};

}  // namespace slim
