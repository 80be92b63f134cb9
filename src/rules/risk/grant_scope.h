// How far one Allow statement reaches for one action, as the risk rules (SL6001-SL6006) judge
// it: whether its Condition narrows what the principal can touch, and whether its Resource
// names many resources of the action's type, only the principal itself, or specific ones.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "model/permission_set.h"

namespace slim {

// True when the statement has a condition that narrows what it grants: any key except those
// the pack lists as request context (aws:SecureTransport, aws:RequestedRegion, ...), which
// limit how a request is made but not which resources it reaches. For iam:PassRole,
// iam:PassedToService values that name one of `pass_targets` do not narrow (SL6001 asks the
// question per escalation method); elsewhere they do, as the key is absent from other actions.
bool HasNarrowingCondition(const Statement& statement, std::string_view action, const std::vector<std::string>& pass_targets = {});

// Resource "*" (or NotResource) and no narrowing condition: Cloudsplaining's "unconstrained",
// minus the request-context keys.
bool IsUnconstrained(const StatementGrant& grant);

enum class ResourceReach {
  kNone,      // no Resource value can name a resource of the action's types
  kSpecific,  // only named resources (no wildcard in the name)
  kSelf,      // only the principal itself: ${aws:username}, or the principal's own name
  kBroad,     // "*", NotResource, or a name pattern with a wildcard
};

// The widest reach of the statement's resources for `action`. `self_name` is the principal's
// name when known (a role or user), so "role/<its own name>" counts as itself.
ResourceReach ReachOf(const Statement& statement, const ActionInfo& action, const Catalog& catalog, std::string_view self_name);

}  // namespace slim
