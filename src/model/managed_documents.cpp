#include "model/managed_documents.h"

#include <map>
#include <mutex>

namespace slim {
namespace {

PolicyDocumentPtr Parse(const ManagedPolicy& policy) {
  auto file = std::make_shared<const SourceFile>("aws-managed-policy/" + std::string(policy.name) + ".json",
                                                 std::string(policy.document_json));
  PolicyDocumentPtr document = ParsePolicyDocument(SourceText::WholeFile(file), "AWS managed policy " + std::string(policy.name));
  document->type = PolicyType::kIdentity;
  document->type_source = TypeSource::kUsage;
  document->managed_policy_name = std::string(policy.name);
  return document;
}

}  // namespace

PolicyDocumentPtr ManagedPolicyDocument(const ManagedPolicy& policy) {
  static std::mutex mutex;
  static std::map<const ManagedPolicy*, PolicyDocumentPtr> cache;
  std::lock_guard lock(mutex);
  PolicyDocumentPtr& slot = cache[&policy];
  if (!slot) slot = Parse(policy);
  return slot;
}

PolicyDocumentPtr AnchoredManagedPolicyDocument(const ManagedPolicy& policy, const Location& attachment) {
  PolicyDocumentPtr document = Parse(policy);
  document->anchor = attachment;
  return document;
}

}  // namespace slim
