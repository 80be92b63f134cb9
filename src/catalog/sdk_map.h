// boto3 / AWS CLI operation -> IAM actions (rules/catalog/sdk_map.txt), for inferring least-privilege
// policies from Python code (boto3.client("sqs").send_message) and shell scripts (aws sqs send-message).
//
// Lazy like the action catalog: a small section index on first use, then one boto3 service section
// parsed on its first lookup.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog_text.h"
#include "core/result.h"

namespace slim {

// How an operation's actions were determined; the later ones are less certain.
enum class SdkMappingSource {
  kIamlive,     // iamlive's recorded mapping (may include extra actions, e.g. iam:PassRole)
  kNameMatch,   // <iam prefix>:<Operation> exists in the action catalog
  kUnresolved,  // nothing known; the action name may differ (s3 CreateSession -> s3express)
};

std::string_view SdkMappingSourceName(SdkMappingSource source);  // "iamlive", "name_match", "unresolved"

// One IAM action as two views, so "=" entries need no allocation.
struct SdkAction {
  std::string_view service_prefix;
  std::string_view name;
  std::string FullName() const;
};

// An extra action the service performs with the caller's credentials (forward access session),
// e.g. kms:Decrypt with kms:ViaService = s3.${region}.amazonaws.com for s3 GetObject.
struct SdkForwardAccess {
  std::string_view action;
  catalog_text::DelimitedList context;  // "key=value" items
};

struct SdkOperation {
  std::string_view name;    // PascalCase, e.g. "SendMessage"
  std::string python_name;  // boto3 method, e.g. "send_message"
  SdkMappingSource source = SdkMappingSource::kUnresolved;
  bool permissionless = false;  // needs no IAM permission (sts GetCallerIdentity)
  std::vector<SdkAction> actions;
  std::vector<SdkForwardAccess> forward_access;

  std::string CliName() const;  // "send-message"
};

struct SdkService {
  std::string_view boto3_name;  // "stepfunctions"
  std::string_view iam_prefix;  // "states"
  std::string_view service_id;  // "SFN"
  std::string_view endpoint_prefix;
  std::string_view signing_name;
  std::string_view api_version;
  std::vector<SdkOperation> operations;  // sorted case-insensitively by name

  // Accepts any spelling: "send_message", "SendMessage", "send-message" (case, '_' and '-' ignored).
  const SdkOperation* FindOperation(std::string_view operation) const;

  // Built by the parser: normalized operation name -> index in `operations`, sorted.
  std::vector<std::pair<std::string, size_t>> operation_lookup;
};

class SdkMap {
 public:
  // `verify`: as for ActionCatalog, check a hand-edited file instead of trusting its layout.
  explicit SdkMap(std::string_view text, bool verify = false);
  ~SdkMap();
  SdkMap(const SdkMap&) = delete;
  SdkMap& operator=(const SdkMap&) = delete;

  // boto3 client name, e.g. "s3", "stepfunctions" (case-insensitive).
  const SdkService* FindService(std::string_view boto3_name) const;
  // AWS CLI service name: applies the CLI renames (s3api -> s3, configservice -> config,
  // deploy -> codedeploy) first.
  const SdkService* FindCliService(std::string_view cli_name) const;
  std::string_view ResolveCliServiceName(std::string_view cli_name) const;
  // Convenience: boto3 service + operation in any spelling.
  const SdkOperation* FindOperation(std::string_view boto3_name, std::string_view operation) const;
  const std::vector<std::string_view>& ServiceNames() const;  // boto3 names, sorted
  // IAM prefix of a boto3 service without parsing its section ("efs" -> "elasticfilesystem").
  std::optional<std::string_view> IamPrefixOf(std::string_view boto3_name) const;

  std::optional<Error> Validate() const;

 private:
  struct Index;
  const Index& index() const;
  const SdkService* ServiceAt(size_t i) const;

  std::string_view text_;
  bool verify_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<Index> index_;
};

// Snake case as slim-lint derives python names from operation names (the generator writes the
// python name explicitly wherever botocore differs). Exposed for tests.
std::string SimpleSnakeCase(std::string_view operation);

}  // namespace slim
