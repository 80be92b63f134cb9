// AWS managed policies (rules/catalog/managed_policies.tsv + managed_policy_documents.txt).
//
// The first lookup indexes the metadata table (12 bytes per policy) without building any policy
// record; a ManagedPolicy is materialized when it is first looked up. The 3 MB of documents are never
// scanned: each policy's document_json is located from the byte lengths in the table, so touching
// one document faults in just its pages. (Page faults on fresh memory dominate these costs, so the
// index is kept small on purpose.)
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace slim {

struct ManagedPolicy {
  std::string_view name;     // "AWSLambda_FullAccess"; unique among AWS managed policies
  std::string_view arn;      // "arn:aws:iam::aws:policy/AWSLambda_FullAccess"; empty when unknown
  std::string_view path;     // "/", "/service-role/", ...; empty when unknown
  std::string_view version;  // default version id, e.g. "v7"
  bool deprecated = false;   // AWS no longer lets new principals attach it
  bool document_may_be_stale = false;  // the source snapshot had an older version of a very large policy
  std::string_view successor;          // recommended replacement; empty when unknown
  // The default version's document as minified JSON (one line). Stable for the lifetime of the
  // Catalog (for the embedded catalog: the whole program).
  std::string_view document_json;
};

// The parts of an AWS managed policy ARN: arn:<partition>:iam::aws:policy<path><name>.
struct ManagedPolicyArn {
  std::string_view partition;  // aws, aws-cn, aws-us-gov, ...
  std::string_view path;       // "/" or "/service-role/" ...
  std::string_view name;
};
// nullopt unless `arn` has the shape of an AWS managed policy ARN (account "aws").
std::optional<ManagedPolicyArn> ParseManagedPolicyArn(std::string_view arn);

class ManagedPolicyCatalog {
 public:
  // `verify_documents`: locate documents by scanning the documents file and checking every name
  // (used for --catalog DIR, which may be hand-edited) instead of trusting the recorded lengths.
  ManagedPolicyCatalog(std::string_view metadata_text, std::string_view documents_text, bool verify_documents);
  ~ManagedPolicyCatalog();

  const ManagedPolicy* FindByName(std::string_view name) const;  // exact spelling
  // By the ARN's last segment, as names are unique; any partition. The ARN's path is not checked:
  // compare ParseManagedPolicyArn(arn)->path with policy->path to report a wrong path.
  const ManagedPolicy* FindByArn(std::string_view arn) const;
  size_t size() const;
  const ManagedPolicy& at(size_t i) const;  // sorted by name; materializes the record
  std::vector<const ManagedPolicy*> All() const;
  // Closest name (edit distance, case-insensitive; a case-only difference is distance 0).
  std::optional<std::string> Suggest(std::string_view unknown_name) const;

  std::optional<Error> Validate() const;

 private:
  struct Index;
  const Index& index() const;
  std::string_view NameAt(const Index& index, size_t i) const;

  std::string_view metadata_text_;
  std::string_view documents_text_;
  bool verify_documents_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<Index> index_;
};

}  // namespace slim
