// AWS managed policy documents as parsed policies, read from the catalog.
#pragma once

#include "catalog/managed_policies.h"
#include "model/document.h"

namespace slim {

// The policy's document, parsed once per process (thread-safe), for questions about what it
// grants. Its text is a virtual file named "aws-managed-policy/<Name>.json".
PolicyDocumentPtr ManagedPolicyDocument(const ManagedPolicy& policy);

// A fresh copy anchored at `attachment`, so rules that run on it report at the script line
// that attaches it.
PolicyDocumentPtr AnchoredManagedPolicyDocument(const ManagedPolicy& policy, const Location& attachment);

}  // namespace slim
