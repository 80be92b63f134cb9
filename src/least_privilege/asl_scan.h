// The IAM actions a Step Functions state machine's role needs for its task states, read from
// the Amazon States Language definition: service integrations
// ("arn:aws:states:::batch:submitJob.sync"), AWS SDK integrations
// ("arn:aws:states:::aws-sdk:s3:getObject") and Lambda function ARNs used directly.
#pragma once

#include <string>
#include <vector>

#include "json/json_value.h"

namespace slim {

class SdkMap;

struct AslAction {
  std::string action;                  // "batch:SubmitJob" (as AWS documents it; not yet checked)
  std::vector<std::string> resources;  // ARNs from the task's parameters; empty when dynamic
};

// True for an object with "StartAt" and "States" (a definition, or a CloudFormation/SAM
// `Definition` property holding one).
bool IsStateMachineDefinition(const JsonValue& value);

// Every action of every task state, nested Parallel branches and Map processors included.
std::vector<AslAction> ScanStateMachine(const JsonValue& definition, const SdkMap& sdk);

}  // namespace slim
