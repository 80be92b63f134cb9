// Risk reference data (rules/catalog/risk_actions.tsv): privilege-escalation action combinations,
// data-exfiltration and credential-returning actions, and compute service principals, from
// Cloudsplaining, Rhino Security Labs, pathfinding.cloud and PMapper (facts only).
//
// Read once on first use (about 34 KB, some tens of microseconds). Every string is a view into the
// catalog text. Action names use the catalog's casing; compare them case-insensitively.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace slim {

struct PrivilegeEscalationMethod {
  std::string_view id;           // stable kebab id, e.g. "iam-create-access-key"
  std::string_view name;         // Cloudsplaining key or a CamelCase label
  std::string_view category;     // self-escalation | principal-access | new-passrole | existing-passrole
  std::string_view description;  // one line, paraphrased
  std::vector<std::string_view> actions_all_of;               // every action is needed
  std::vector<std::vector<std::string_view>> actions_any_of;  // plus one action of each group
  std::vector<std::string_view> sources;          // "rhino:4", "cloudsplaining", "pathfinding.cloud", "pmapper"
  std::vector<std::string_view> pathfinding_ids;  // "iam-002"
  std::vector<std::string_view> also_matches;     // ids whose action sets are strict subsets (for de-duplication)
  std::vector<std::string_view> same_actions_as;  // ids with an identical action set
  std::vector<std::string_view> actions_not_in_catalog;
  std::string_view cloudsplaining_name;  // empty if Cloudsplaining does not list it
  std::string_view notes;                // where the sources disagree
};

struct NonCatalogCredentialAction {
  std::string_view action;           // as Cloudsplaining lists it, e.g. "gamelist:getcomputeaccess"
  std::string_view likely_intended;  // e.g. "gamelift:GetComputeAccess"; may be empty
  std::string_view note;
};

struct ComputeServicePrincipal {
  std::string_view principal;  // "lambda.amazonaws.com"
  std::string_view prefix;     // "lambda"
  bool in_cloudsplaining = false;
  std::vector<std::string_view> sources;
  std::string_view note;
};

struct RiskData {
  std::vector<PrivilegeEscalationMethod> privilege_escalation;
  std::vector<std::string_view> data_exfiltration_actions;        // Cloudsplaining READ_ONLY_DATA_EXFILTRATION_ACTIONS
  std::vector<std::string_view> data_exfiltration_extra_actions;  // its default-exclusions include-actions
  std::vector<std::string_view> credentials_exposure_actions;     // ACTIONS_THAT_RETURN_CREDENTIALS
  std::vector<NonCatalogCredentialAction> credentials_not_in_catalog;  // entries that are not IAM actions
  std::vector<ComputeServicePrincipal> compute_service_principals;
  // Principals that escalation paths pass roles to (cloudformation, codebuild, ...), with sources.
  std::vector<std::pair<std::string_view, std::vector<std::string_view>>> role_consuming_principals;
  // Cloudsplaining's severity per finding type ("PrivilegeEscalation" -> "high").
  std::vector<std::pair<std::string_view, std::string_view>> cloudsplaining_severity;

  const PrivilegeEscalationMethod* FindMethod(std::string_view id) const;
  std::string_view SeverityOf(std::string_view finding) const;  // empty if unknown
};

// Reads the risk_actions.tsv text. The views point into `text`, which must outlive the result.
Result<RiskData> ParseRiskData(std::string_view text);

}  // namespace slim
