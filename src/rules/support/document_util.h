// Commands that put a corrected document back in place, for each way the scripts use it.
#pragma once

#include <vector>

#include "remediation/aws_call.h"
#include "engine/check.h"

namespace slim {

// For each use of the checked document: update-assume-role-policy (trust), put-*-policy
// (inline) or create-policy-version --set-as-default (customer managed).
std::vector<AwsCall> UpdateCallsForDocument(const DocumentCheck& check, const TemplateValue& document);

// Byte offsets of every 12-digit account ID in `text` (a run of exactly twelve digits).
std::vector<size_t> FindAccountIds(std::string_view text);

}  // namespace slim
