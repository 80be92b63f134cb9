// The role model: which role, user and group a set of scripts creates, which trust policy
// each role has, and which policies each principal is granted, with the location of every
// grant. Built from `aws iam` commands in the order the scripts run them.
#pragma once

#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/finding.h"
#include "core/result.h"
#include "inputs/script_input.h"
#include "model/document.h"

namespace slim {

// A `file://` (or `fileb://`) argument and what it resolved to.
struct FileReference {
  const ScriptInput* script = nullptr;
  const AwsCommand* command = nullptr;
  const ShellWord* word = nullptr;
  std::string scheme;             // "file://" or "fileb://"
  std::string written;            // the path as written after the scheme, variables resolved
  bool resolved = true;           // false when it uses a shell variable the script never sets
  PolicyDocumentPtr document;     // the policy, for policy-document arguments that could be read
  std::optional<Error> error;     // why it could not be read
};

// How a command uses a policy document.
enum class DocumentRole { kTrust, kInline, kManaged, kManagedVersion };

struct DocumentUse {
  DocumentRole role = DocumentRole::kInline;
  PrincipalKind principal_kind = PrincipalKind::kRole;  // kPolicy for customer managed policies
  std::string principal_name;  // role, user or group; or the managed policy's name
  std::string policy_name;     // inline or managed policy name, when there is one
  const ScriptInput* script = nullptr;
  const AwsCommand* command = nullptr;
  Location argument;           // the document argument in the script
};

struct CustomerPolicy {
  std::string name;
  std::string path = "/";
  PolicyDocumentPtr document;  // the default version as the scripts leave it
  Location location;           // --policy-name of create-policy
  const AwsCommand* command = nullptr;
  const ScriptInput* script = nullptr;
  size_t version_count = 1;
};

struct PolicyAttachment {
  std::string policy_arn;       // as written, with known shell variables resolved
  Location location;            // the ARN argument
  const AwsCommand* command = nullptr;
  const ScriptInput* script = nullptr;
  const CustomerPolicy* customer_policy = nullptr;  // linked by name to a create-policy
  bool aws_managed = false;     // arn:<partition>:iam::aws:policy/...
};

struct InlinePolicy {
  std::string name;
  PolicyDocumentPtr document;
  Location location;  // --policy-name
  const AwsCommand* command = nullptr;
  const ScriptInput* script = nullptr;
};

struct IamPrincipal {
  PrincipalKind kind = PrincipalKind::kRole;
  std::string name;
  std::optional<Location> created_at;  // the name in create-role / create-user / create-group
  const AwsCommand* create_command = nullptr;
  const ScriptInput* create_script = nullptr;
  PolicyDocumentPtr trust_policy;      // roles
  std::optional<Location> trust_location;
  std::vector<PolicyAttachment> attachments;  // still attached after the scripts ran (each ARN once)
  // reached_count[n - 1] is the attachment that first brought the principal to n managed
  // policies while the scripts ran: the one that fails under a quota of n - 1 (a later detach
  // does not undo a failed call).
  std::vector<PolicyAttachment> reached_count;
  std::vector<InlinePolicy> inline_policies;
  std::vector<std::string> groups;            // users: the groups they are added to
  std::string permissions_boundary_arn;
  bool service_linked = false;                // made by create-service-linked-role
  std::string service_linked_service;         // its --aws-service-name

  PrincipalRef ref() const { return {kind, name}; }
};

// Resolves file:// references; injected so tests can work without files.
class DocumentLoader {
 public:
  virtual ~DocumentLoader() = default;
  virtual Result<PolicyDocumentPtr> Load(const ScriptInput& script, std::string_view written_path) = 0;
  // Only checks that a file argument that is not a policy (a zip, a CLI input JSON) exists.
  virtual Result<bool> Exists(const ScriptInput& script, std::string_view written_path) = 0;
};

// A name through which a script's commands meet other scripts' in one model: a principal (by
// kind and name) or a customer managed policy (kind kPolicy). Besides these names, scripts meet
// only in the files they read, which the DocumentLoader sees. Scripts that share neither give
// the same model apart as together, so a run can model them apart (engine/script_groups.h).
// Whatever starts to look a model up by another name must record that name too.
struct ModelLink {
  PrincipalKind kind = PrincipalKind::kRole;
  std::string name;
};

class RoleModel {
 public:
  // Builds the model from scripts in the order given; inline JSON arguments are parsed here.
  static std::unique_ptr<RoleModel> Build(const std::vector<const ScriptInput*>& scripts, DocumentLoader& loader);
  // Every name one script links through, as the builder looks it up (with duplicates). The
  // loader sees the files the script reads; it need not read them.
  static std::vector<ModelLink> LinksOf(const ScriptInput& script, DocumentLoader& loader);

  const std::vector<std::unique_ptr<IamPrincipal>>& principals() const { return principals_; }
  const std::vector<std::unique_ptr<CustomerPolicy>>& customer_policies() const { return customer_policies_; }
  const std::deque<FileReference>& file_references() const { return file_references_; }
  // Documents written inline in scripts (not files), in script order.
  const std::vector<PolicyDocumentPtr>& inline_documents() const { return inline_documents_; }

  const IamPrincipal* Find(PrincipalKind kind, std::string_view name) const;
  const CustomerPolicy* FindCustomerPolicy(std::string_view name) const;
  // How the scripts use a document; empty when they do not.
  const std::vector<DocumentUse>& UsesOf(const PolicyDocument* document) const;
  // Every document the scripts use, each once, in first-use order.
  std::vector<PolicyDocumentPtr> UsedDocuments() const;
  // The principals a document's permissions reach: the principal of an inline or trust use,
  // and every principal a customer managed policy is attached to.
  std::vector<const IamPrincipal*> PrincipalsReachedBy(const PolicyDocument* document) const;

 private:
  friend class RoleModelBuilder;
  std::vector<std::unique_ptr<IamPrincipal>> principals_;
  std::vector<std::unique_ptr<CustomerPolicy>> customer_policies_;
  std::deque<FileReference> file_references_;  // a deque: references are taken while it grows
  std::vector<PolicyDocumentPtr> inline_documents_;
  std::map<const PolicyDocument*, std::vector<DocumentUse>> uses_;
  std::vector<PolicyDocumentPtr> used_order_;
};

// "arn:aws:iam::aws:policy/service-role/X" -> "X"; empty when it is not a policy ARN.
std::string_view PolicyNameFromArn(std::string_view arn);
bool IsAwsManagedPolicyArn(std::string_view arn);

}  // namespace slim
