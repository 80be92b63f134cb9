// What the repository being linted says a workflow calls: IAM actions, each with the resources
// it was seen on and where it was seen. Collected from policy documents, Step Functions
// definitions, Batch job definitions, Lambda function configurations and Python code using
// boto3; used to replace a *FullAccess grant with a policy granting only that.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
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

// A repository's evidence, kept for the whole run. A large repository names the same few
// hundred actions and ARNs tens of thousands of times, so each string and each list of
// resources is kept once and an item is four numbers: an item of its own per sighting made
// the evidence the largest part of a run's memory.
class RepositoryEvidence {
 public:
  RepositoryEvidence() = default;
  RepositoryEvidence(RepositoryEvidence&&) = default;
  RepositoryEvidence& operator=(RepositoryEvidence&&) = default;
  RepositoryEvidence(const RepositoryEvidence&) = delete;  // the string index points into strings_
  RepositoryEvidence& operator=(const RepositoryEvidence&) = delete;

  // `file` shows `action` used on `resources`.
  void Add(std::string_view action, const std::vector<std::string>& resources, EvidenceSource source, std::string_view file);

  // Every item, as found.
  std::vector<EvidenceItem> Items() const;
  // The items of one service (its prefix, in any case), by source, then as found.
  std::vector<EvidenceItem> ForService(std::string_view service) const;

 private:
  struct Sighting {
    uint32_t action = 0, resources = 0, file = 0;  // into strings_, lists_, strings_
    EvidenceSource source = EvidenceSource::kPolicyDocument;
  };
  uint32_t Intern(std::string_view text);
  EvidenceItem Expand(const Sighting& sighting) const;

  std::vector<Sighting> sightings_;
  std::deque<std::string> strings_;  // a deque: the index below views its elements
  std::unordered_map<std::string_view, uint32_t> string_ids_;
  std::vector<std::vector<uint32_t>> lists_;
  std::map<std::vector<uint32_t>, uint32_t> list_ids_;
};

// An ARN with its account made the caller's own: a 12-digit account becomes
// ${aws:PrincipalAccount}, a dynamic region ("${AWS::Region}", "") stays as written.
std::string GeneralizeArnAccount(std::string_view arn);

// The ARN of an SQS queue from its URL (https://sqs.<region>.amazonaws.com/<account>/<name>),
// or empty when `url` is not one.
std::string SqsQueueArnFromUrl(std::string_view url);

}  // namespace slim
