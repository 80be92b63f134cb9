// What the repository being linted says a workflow calls: IAM actions, each with the resources
// it was seen on and where it was seen. Collected from policy documents, Step Functions
// definitions, Batch job definitions, Lambda function configurations and Python code using
// boto3; used to replace a *FullAccess grant with a policy granting only that.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace slim {

enum class EvidenceSource {
  kPolicyDocument,         // another policy in the inputs names the action
  kStepFunctions,          // a task state of a Step Functions (ASL) definition
  kBatchJobDefinition,     // a Batch job definition (its image, its job role)
  kLambdaFunction,         // a Lambda function configuration (its role)
  kBoto3Code,              // a boto3 call in a Python file
};

// "FromStepFunctionsDefinition": the Sid of the generated statement (JSON has no comments).
std::string_view EvidenceSid(EvidenceSource source);
// "a Step Functions definition": for the finding's summary.
std::string_view EvidenceDescription(EvidenceSource source);

struct EvidenceItem {
  std::string action;                  // canonical, "sqs:SendMessage"
  std::vector<std::string> resources;  // ARNs (account already generalized); empty when unknown
  EvidenceSource source = EvidenceSource::kPolicyDocument;
  std::string file;                    // where it was seen, as given on the command line
};

struct RepositoryEvidence {
  std::vector<EvidenceItem> items;
  // Service prefix (lower case) -> indexes into `items`, by source, then as found. Built once
  // by IndexByService(): every FullAccess finding asks for one service, and a large repository
  // holds tens of thousands of items.
  std::map<std::string, std::vector<size_t>, std::less<>> by_service;

  void IndexByService();
  std::span<const size_t> ForService(std::string_view service) const;
};

// An ARN with its account made the caller's own: a 12-digit account becomes
// ${aws:PrincipalAccount}, a dynamic region ("${AWS::Region}", "") stays as written.
std::string GeneralizeArnAccount(std::string_view arn);

// The ARN of an SQS queue from its URL (https://sqs.<region>.amazonaws.com/<account>/<name>),
// or empty when `url` is not one.
std::string SqsQueueArnFromUrl(std::string_view url);

}  // namespace slim
