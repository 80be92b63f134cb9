// The fix plan: every finding's AWS calls gathered into one ordered, deduplicated list that a
// bash script (RenderBashPlan) or a boto3 script (RenderBoto3Plan) carries out. The findings'
// CLI lines are parsed back into calls (ParseCliLine), so the two scripts always agree.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/finding.h"
#include "remediation/aws_call.h"

namespace slim {

// Where a step comes from: the finding's place and rule.
struct PlanOrigin {
  std::string path;
  uint32_t line = 0;
  std::string code;  // "SL5004"
  std::string name;  // "deprecated-managed-policy"
};

// A document the script writes into its work directory before the calls that read it.
struct PlanDocument {
  std::string file_name;  // only [A-Za-z0-9._-]: safe inside any quoting
  TemplateValue content;  // may hold the account placeholder
};

// Steps run phase by phase, so that nothing is detached before its replacement is attached
// (a deprecated AWS managed policy cannot be attached again) and no policy is attached
// before it exists.
enum class PlanPhase { kCreate, kUpdate, kAttach, kDetach };

struct PlanStep {
  PlanPhase phase = PlanPhase::kUpdate;
  AwsCall call;
  std::map<size_t, size_t> documents;  // index in call.params -> index in Plan::documents
  std::vector<PlanOrigin> origins;     // every finding that asked for this call
  // create-policy-version: IAM keeps five versions at most, so the oldest non-default one is
  // deleted first when five exist.
  bool make_room_for_version = false;
};

// A finding whose remediation the plan leaves out, and why.
struct PlanSkip {
  PlanOrigin origin;
  std::string reason;
};

struct Plan {
  std::vector<PlanDocument> documents;
  std::vector<PlanStep> steps;  // in running order
  std::vector<PlanOrigin> fixes;  // the findings the plan remediates, in finding order
  std::vector<PlanSkip> skipped;

  bool uses_account() const;
  bool makes_room_for_versions() const;
  std::vector<std::string> services() const;  // sorted
};

// Reads a `file://` document a call refers to (relative to the working directory, as the
// scripts' own commands are); nullopt when it cannot be read.
using DocumentReader = std::function<std::optional<std::string>(const std::string& path)>;

// The plan for `findings` (in FindingLess order). Findings without CLI lines are not in it.
Plan BuildPlan(const std::vector<Finding>& findings, const DocumentReader& read);

// `#!/usr/bin/env bash` ... a script that runs the plan with the AWS CLI.
std::string RenderBashPlan(const Plan& plan);
// `#!/usr/bin/env python3` ... the same plan with boto3.
std::string RenderBoto3Plan(const Plan& plan);

// Text made safe for a one-line `#` comment in either language: control characters escaped.
std::string CommentText(std::string_view text);
// "service_roles/setup_roles.sh:25 SL5004 deprecated-managed-policy", for comments.
std::string DescribeOrigin(const PlanOrigin& origin);
// The "# It fixes N findings: ..." and "# Not planned: ..." lines both languages start with.
std::string PlanSummaryComments(const Plan& plan);
// The call's --policy-arn value, or null.
const TemplateValue* PolicyArnOf(const AwsCall& call);

}  // namespace slim
