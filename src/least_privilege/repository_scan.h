// Collects least-privilege evidence from the repository being linted: the directories given on
// the command line, and the folders of the files given. Only reads files (never runs them),
// skips version-control and dependency folders, and caps file sizes and counts.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "least_privilege/evidence.h"
#include "least_privilege/policy_generator.h"

namespace slim {

class Catalog;

struct RepositoryScanLimits {
  size_t max_file_bytes = 512u << 10;  // policies, definitions and handlers are far smaller
  size_t max_files = 5000;             // files looked at (by extension) in one run
  size_t max_entries = 50000;          // directory entries visited by one walk
};

// The evidence in one file's text, by what the file is: `display` names it in the evidence.
// A .json file may be a policy, a Step Functions definition (or a template holding one), a
// Batch job definition or a Lambda function configuration; a .py file is scanned for boto3.
void CollectJsonEvidence(std::string_view text, const std::string& display, const Catalog& catalog,
                         RepositoryEvidence& out);
void CollectPythonEvidence(std::string_view text, const std::string& display, const Catalog& catalog,
                           RepositoryEvidence& out);

RepositoryEvidence ScanRepository(const std::vector<std::string>& paths, const Catalog& catalog,
                                  const RepositoryScanLimits& limits = {});

// One run's scan, made on first use: rules run in parallel and most runs never need it.
class RepositoryEvidenceCache {
 public:
  explicit RepositoryEvidenceCache(std::vector<std::string> paths) : paths_(std::move(paths)) {}
  const RepositoryEvidence& Get(const Catalog& catalog) const;

  // The replacement for one AWS managed policy, made once per run: it depends only on the
  // policy and the evidence, and a large repository attaches the same policy to hundreds of
  // principals. `make` runs at most once per name, under a lock.
  std::shared_ptr<const GeneratedPolicy> Replacement(std::string_view managed_policy_name,
                                                     const std::function<std::optional<GeneratedPolicy>()>& make) const;

 private:
  std::vector<std::string> paths_;
  mutable std::once_flag once_;
  mutable RepositoryEvidence evidence_;
  mutable std::mutex replacements_mutex_;
  mutable std::map<std::string, std::shared_ptr<const GeneratedPolicy>, std::less<>> replacements_;  // null: none
};

}  // namespace slim
