#include "least_privilege/evidence.h"

#include <algorithm>

#include "model/arn.h"
#include "util/strings.h"

namespace slim {

std::string_view EvidenceSid(EvidenceSource source) {
  switch (source) {
    case EvidenceSource::kPolicyDocument: return "FromPolicyDocuments";
    case EvidenceSource::kStepFunctions: return "FromStepFunctionsDefinition";
    case EvidenceSource::kBatchJobDefinition: return "FromBatchJobDefinition";
    case EvidenceSource::kLambdaFunction: return "FromLambdaFunctionConfig";
    case EvidenceSource::kBoto3Code: return "FromBoto3Code";
  }
  return "FromRepository";
}

std::string_view EvidenceDescription(EvidenceSource source) {
  switch (source) {
    case EvidenceSource::kPolicyDocument: return "policy documents";
    case EvidenceSource::kStepFunctions: return "Step Functions definitions";
    case EvidenceSource::kBatchJobDefinition: return "Batch job definitions";
    case EvidenceSource::kLambdaFunction: return "Lambda function configurations";
    case EvidenceSource::kBoto3Code: return "boto3 code";
  }
  return "the repository";
}

void RepositoryEvidence::IndexByService() {
  by_service.clear();
  for (size_t i = 0; i < items.size(); ++i) {
    std::string_view action = items[i].action;
    by_service[ToLower(action.substr(0, action.find(':')))].push_back(i);
  }
  for (auto& [service, indexes] : by_service) {
    std::stable_sort(indexes.begin(), indexes.end(), [&](size_t a, size_t b) { return items[a].source < items[b].source; });
  }
}

std::span<const size_t> RepositoryEvidence::ForService(std::string_view service) const {
  auto it = by_service.find(ToLower(service));
  if (it == by_service.end()) return {};
  return it->second;
}

std::string GeneralizeArnAccount(std::string_view arn) {
  auto parsed = ParseArn(arn);
  if (!parsed || !IsAccountId(parsed->account)) return std::string(arn);
  std::string out(arn);
  out.replace(parsed->account_offset, parsed->account.size(), "${aws:PrincipalAccount}");
  return out;
}

std::string SqsQueueArnFromUrl(std::string_view url) {
  // https://sqs.us-east-1.amazonaws.com/123456789012/queue (also the legacy
  // https://us-east-1.queue.amazonaws.com/... form).
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return {};
  std::string_view host = rest.substr(0, slash);
  std::vector<std::string_view> path = Split(rest.substr(slash + 1), '/');
  if (path.size() != 2 || path[1].empty()) return {};
  std::string region;
  if (StartsWith(host, "sqs.")) {
    std::string_view tail = host.substr(4);
    region = std::string(tail.substr(0, tail.find('.')));
  } else if (host.find(".queue.amazonaws.com") != std::string_view::npos) {
    region = std::string(host.substr(0, host.find('.')));
  } else {
    return {};
  }
  if (region.empty() || region == "amazonaws") region = "*";
  std::string account = IsAccountId(path[0]) ? "${aws:PrincipalAccount}" : std::string(path[0]);
  return "arn:aws:sqs:" + region + ":" + account + ":" + std::string(path[1]);
}

}  // namespace slim
