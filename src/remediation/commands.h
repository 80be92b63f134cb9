// Builds a finding's remediation from AWS calls: the CLI lines and the boto3 code come from
// the same calls, with the account looked up once at the top when a value needs it.
#pragma once

#include <string>
#include <vector>

#include "core/finding.h"
#include "remediation/aws_call.h"

namespace slim {

// Fills `remediation.cli` and `remediation.sdk` from `calls` (keeping summary and fix).
void SetCalls(Remediation& remediation, const std::vector<AwsCall>& calls);

// A document's text made ready to pass as a command-line argument: edits applied, then
// minified; `account` fills in for the account where the edits used the placeholder.
std::string CorrectedDocument(std::string_view text, const std::vector<struct DocumentEdit>& edits);

}  // namespace slim
