#include "engine/model_pass.h"

#include <memory>

#include "catalog/catalog.h"
#include "model/managed_documents.h"
#include "model/role_model.h"

namespace slim {
namespace {

// The permission policies the scripts grant a principal, with where each grant happens.
std::vector<PolicyGrant> GrantsOf(const IamPrincipal& principal, const RoleModel& model) {
  std::vector<PolicyGrant> grants;
  auto add_principal = [&](const IamPrincipal& p, const std::string& prefix) {
    for (const InlinePolicy& policy : p.inline_policies) {
      if (policy.document && policy.document->parsed()) {
        grants.push_back({policy.document.get(), policy.location, prefix + "inline policy " + policy.name});
      }
    }
    for (const PolicyAttachment& attachment : p.attachments) {
      const CustomerPolicy* customer = attachment.customer_policy;
      if (customer && customer->document && customer->document->parsed()) {
        grants.push_back({customer->document.get(), attachment.location, prefix + "customer managed policy " + customer->name});
      }
    }
  };
  add_principal(principal, "");
  for (const std::string& group : principal.groups) {
    if (const IamPrincipal* g = model.Find(PrincipalKind::kGroup, group)) add_principal(*g, "group " + group + ": ");
  }
  return grants;
}

// The AWS managed policies attached to a principal, each parsed afresh and anchored at its
// attachment so findings land on the script line.
std::vector<PolicyDocumentPtr> ManagedDocumentsOf(const IamPrincipal& principal, const Catalog& catalog) {
  std::vector<PolicyDocumentPtr> documents;
  for (const PolicyAttachment& attachment : principal.attachments) {
    if (!attachment.aws_managed) continue;
    const ManagedPolicy* policy = catalog.FindManagedPolicyByArn(attachment.policy_arn);
    if (!policy) continue;
    documents.push_back(AnchoredManagedPolicyDocument(*policy, attachment.location));
  }
  return documents;
}

}  // namespace

void ApplyForcedType(PolicyDocument& document, const std::optional<PolicyType>& forced) {
  if (!forced) return;
  document.type = *forced;
  document.type_source = TypeSource::kUser;
}

ModelPassResult RunModelPass(const std::vector<const ScriptInput*>& scripts, FileDocumentLoader loader,
                             const RuleRunner& runner, const std::optional<PolicyType>& forced_type) {
  ModelPassResult result;
  std::vector<Finding>& findings = result.findings;
  const Catalog& catalog = runner.catalog();
  std::unique_ptr<RoleModel> model = RoleModel::Build(scripts, loader);
  for (const PolicyDocumentPtr& document : model->UsedDocuments()) ApplyForcedType(*document, forced_type);
  for (const ScriptInput* script : scripts) {
    runner.RunScript(*script, model.get(), findings);
    // Policies in ```json blocks of a Markdown page stand on their own.
    for (ByteSpan block : script->json_blocks) {
      std::string_view text = script->file->text().substr(block.begin, block.size());
      auto document = ParsePolicyDocument(SourceText(script->file, std::string(text), {{0, block.begin}}, true),
                                          "a JSON block in " + script->file->path());
      ApplyForcedType(*document, forced_type);
      runner.RunStandalone(*document, findings);
      ++result.documents;
    }
  }
  for (const PolicyDocumentPtr& document : model->UsedDocuments()) {
    runner.RunDocument(*document, model.get(), nullptr, findings);
    ++result.documents;
  }
  for (const auto& principal : model->principals()) {
    // Each attached AWS managed policy is analyzed as its real document, anchored at the
    // attachment, and counts toward the principal's permissions.
    std::vector<PolicyDocumentPtr> managed = ManagedDocumentsOf(*principal, catalog);
    for (const PolicyDocumentPtr& document : managed) {
      // AdministratorAccess grants everything; SL5001 says all there is to say about it.
      if (document->managed_policy_name == "AdministratorAccess") continue;
      runner.RunManagedPolicy(*document, model.get(), *principal, findings);
    }
    std::vector<PolicyGrant> grants = GrantsOf(*principal, *model);
    for (const PolicyDocumentPtr& document : managed) {
      const ManagedPolicy* policy = catalog.FindManagedPolicyByName(document->managed_policy_name);
      bool for_service = policy && policy->path.find("service-role/") != std::string_view::npos;
      grants.push_back({document.get(), document->anchor, "AWS managed policy " + document->managed_policy_name, for_service});
    }
    runner.RunPrincipal(*principal, std::move(grants), model.get(), findings);
  }
  for (const auto& [path, document] : loader.loaded()) result.read.push_back(path);
  return result;
}

}  // namespace slim
