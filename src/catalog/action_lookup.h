// What the catalog says about one action or action pattern as written in a policy: known,
// known only from AWS managed policies (the catalog lags AWS), removed, or unknown.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"

namespace slim {

enum class ActionStatus {
  kKnown,          // in the catalog (a pattern: matches at least one action)
  kWildcard,       // "*", or a wildcard in the service prefix: other rules' concern
  kMalformed,      // not "service:action"
  kUnknownService, // no such service prefix
  kUnknownAction,  // the service exists, the action (or every expansion) does not
  kRemoved,        // only in retired service reference pages
  kUncatalogued,   // not in the catalog, but AWS managed policies use it: newer than the data
};

struct ActionLookup {
  ActionStatus status = ActionStatus::kKnown;
  std::string suggestion;                  // closest real name ("s3:ListBucket") or service prefix
  std::vector<std::string_view> evidence;  // managed policies using the action (or its service)
  bool evidence_is_for_service = false;    // the policies use the service, not this very action
  const RemovedAction* removed = nullptr;  // the (first) removed action it names or matches
};

ActionLookup LookUpAction(const Catalog& catalog, std::string_view action);

}  // namespace slim
