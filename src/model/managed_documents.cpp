#include "model/managed_documents.h"

#include <map>
#include <mutex>

namespace slim {

PolicyDocumentPtr ManagedPolicyDocument(const ManagedPolicy& policy) {
  static std::mutex mutex;
  static std::map<const ManagedPolicy*, PolicyDocumentPtr> cache;
  std::lock_guard lock(mutex);
  PolicyDocumentPtr& slot = cache[&policy];
  if (!slot) {
    auto file = std::make_shared<const SourceFile>("aws-managed-policy/" + std::string(policy.name) + ".json",
                                                   std::string(policy.document_json));
    slot = ParsePolicyDocument(SourceText::WholeFile(file), "AWS managed policy " + std::string(policy.name));
    slot->type = PolicyType::kIdentity;
    slot->type_source = TypeSource::kUsage;
    slot->managed_policy_name = std::string(policy.name);
  }
  return slot;
}

}  // namespace slim
