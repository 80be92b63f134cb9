// Evidence from AWS managed policies, whose documents are valid by definition while the catalog
// lags AWS: which condition keys AWS itself uses, how, and beside which actions. Keys compare
// case-insensitively; the documents are parsed once per catalog, on the first question.
#pragma once

#include <string_view>

#include "catalog/catalog.h"

namespace slim::conditions {

// The key is used by some AWS managed policy: it is real, whatever the catalog says. A per-tag
// key counts as used when its family is ("secretsmanager:ResourceTag/team" when AWS uses
// "secretsmanager:ResourceTag/SageMaker").
bool UsedByManagedPolicy(const Catalog& catalog, std::string_view key);
// Some AWS managed policy compares the key without ForAllValues:/ForAnyValue: (Null aside).
bool UsedUnqualifiedByManagedPolicy(const Catalog& catalog, std::string_view key);
// Some AWS managed policy uses this very key in a statement whose Action covers `action`
// ("s3:GetObject"). Exact: AWS's use of ec2:ResourceTag/eks on ec2:DescribeInstances says nothing
// about ec2:ResourceTag/team there.
bool ManagedPolicyUsesKeyWith(const Catalog& catalog, std::string_view key, std::string_view action);

}  // namespace slim::conditions
