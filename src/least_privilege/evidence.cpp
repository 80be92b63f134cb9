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

uint32_t RepositoryEvidence::Intern(std::string_view text) {
  if (auto it = string_ids_.find(text); it != string_ids_.end()) return it->second;
  auto id = static_cast<uint32_t>(strings_.size());
  strings_.emplace_back(text);
  string_ids_.emplace(strings_.back(), id);
  return id;
}

void RepositoryEvidence::Add(std::string_view action, const std::vector<std::string>& resources, EvidenceSource source,
                             std::string_view file) {
  std::vector<uint32_t> list;
  for (const std::string& resource : resources) list.push_back(Intern(resource));
  auto [it, inserted] = list_ids_.emplace(std::move(list), static_cast<uint32_t>(lists_.size()));
  if (inserted) lists_.push_back(it->first);
  sightings_.push_back({Intern(action), it->second, Intern(file), source});
}

EvidenceItem RepositoryEvidence::Expand(const Sighting& sighting) const {
  EvidenceItem item{strings_[sighting.action], {}, sighting.source, strings_[sighting.file]};
  for (uint32_t resource : lists_[sighting.resources]) item.resources.push_back(strings_[resource]);
  return item;
}

std::vector<EvidenceItem> RepositoryEvidence::Items() const {
  std::vector<EvidenceItem> items;
  for (const Sighting& sighting : sightings_) items.push_back(Expand(sighting));
  return items;
}

std::vector<EvidenceItem> RepositoryEvidence::ForService(std::string_view service) const {
  // Asked once per replaced policy (RepositoryEvidenceCache keeps the answer), so a scan does.
  std::vector<const Sighting*> chosen;
  for (const Sighting& sighting : sightings_) {
    std::string_view action = strings_[sighting.action];
    if (EqualsIgnoreCase(action.substr(0, action.find(':')), service)) chosen.push_back(&sighting);
  }
  std::stable_sort(chosen.begin(), chosen.end(), [](const Sighting* a, const Sighting* b) { return a->source < b->source; });
  std::vector<EvidenceItem> items;
  for (const Sighting* sighting : chosen) items.push_back(Expand(*sighting));
  return items;
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
