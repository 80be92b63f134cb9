// Privilege-escalation paths (Rhino Security Labs' list, Cloudsplaining's combinations,
// pathfinding.cloud and PMapper, kept as data in rules/catalog/risk_actions.tsv) found in one
// principal's whole permission set.
#pragma once

#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "model/permission_set.h"

namespace slim {

struct EscalationStep {
  std::string action;            // canonical name, e.g. "iam:PassRole"
  const StatementGrant* grant;   // one statement that allows it
};

struct EscalationPath {
  const PrivilegeEscalationMethod* method = nullptr;
  std::vector<EscalationStep> steps;
};

// Every method whose actions the permission set allows in a way the attack can use, without
// the methods another match already implies (a method listed in a matching method's
// also_matches). A grant counts only when no condition narrows it (iam:PassedToService may
// name the services the method hands the role to) and its resources are "*", NotResource or
// a wildcard pattern of the action's resource type; for changing one's own policies, the
// principal itself (${aws:username}, or `self_name`) counts too.
std::vector<EscalationPath> FindEscalationPaths(const PermissionSet& permissions, const Catalog& catalog, std::string_view self_name = {});

}  // namespace slim
