// Writes the customer managed policy that replaces a *FullAccess grant: the actions the
// repository's evidence shows the workflow uses, on the resources it names; without evidence,
// the service's non-administrative actions on the caller's own resources. Every statement's
// Sid names where its actions come from, since a policy document cannot hold comments.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "least_privilege/evidence.h"

namespace slim {

class Catalog;
struct ActionInfo;

struct GeneratedPolicy {
  std::string service;                    // the IAM prefix the policy covers, "sqs"
  std::string document;                   // pretty-printed policy JSON, ending in a newline
  std::vector<EvidenceSource> sources;    // the evidence used, in statement order
  std::set<std::string> files;            // the files that evidence is in
  size_t actions = 0;                     // distinct action entries (patterns count once)
  bool from_evidence = false;             // false: the non-administrative fallback
  bool write_omitted = false;             // the fallback left Write out ...
  std::string write_omitted_reason;       // ... because "it creates principals and credentials"
  bool any_resource = false;              // ... and granted Read and List on "*" to fit it
  std::vector<std::string> other_services;  // also granted by the FullAccess policy, not carried over
};

// The service a *FullAccess policy is about: among the services it grants in full, the one its
// name spells ("AmazonSQSFullAccess" -> "sqs"), else the one with the most actions.
std::optional<std::string> PrimaryService(std::string_view policy_name, const std::vector<const ActionInfo*>& granted,
                                          const Catalog& catalog);

std::optional<GeneratedPolicy> GenerateLeastPrivilegePolicy(std::string_view policy_name,
                                                            const std::vector<const ActionInfo*>& granted,
                                                            const RepositoryEvidence& evidence, const Catalog& catalog);

// The size IAM counts against the 6,144-character quota of a managed policy (no whitespace).
size_t PolicySizeWithoutWhitespace(std::string_view document);

}  // namespace slim
