// AWS managed policy documents as parsed policies, read from the catalog on first use.
#pragma once

#include "catalog/managed_policies.h"
#include "model/document.h"

namespace slim {

// The policy's document, parsed once per process (thread-safe). Its text is a virtual file
// named "aws-managed-policy/<Name>.json".
PolicyDocumentPtr ManagedPolicyDocument(const ManagedPolicy& policy);

}  // namespace slim
