#include "model/role_model.h"

#include <algorithm>

#include "util/strings.h"

namespace slim {

std::string_view PolicyNameFromArn(std::string_view arn) {
  size_t policy = arn.find(":policy/");
  if (!StartsWith(arn, "arn:") || policy == std::string_view::npos) return {};
  std::string_view rest = arn.substr(policy + 8);
  size_t slash = rest.rfind('/');
  return slash == std::string_view::npos ? rest : rest.substr(slash + 1);
}

bool IsAwsManagedPolicyArn(std::string_view arn) {
  auto parts = Split(arn, ':');
  return parts.size() >= 6 && parts[0] == "arn" && parts[2] == "iam" && parts[4] == "aws" &&
         StartsWith(parts[5], "policy/");
}

class RoleModelBuilder {
 public:
  RoleModelBuilder(RoleModel& model, DocumentLoader& loader, std::vector<ModelLink>* links = nullptr)
      : model_(model), loader_(loader), links_(links) {}

  void Add(const ScriptInput& script) {
    script_ = &script;
    for (const AwsCommand& command : script.aws.commands) {
      command_ = &command;
      if (command.service == "iam") Dispatch(command);
      CheckOtherFileArguments(command);
    }
  }

 private:
  void Dispatch(const AwsCommand& c) {
    const std::string& op = c.operation;
    if (op == "create-role") {
      IamPrincipal& role = Principal(PrincipalKind::kRole, "role-name", /*creates=*/true);
      if (auto doc = Document("assume-role-policy-document", DocumentRole::kTrust, role, "")) {
        role.trust_policy = doc;
        role.trust_location = ArgumentLocation("assume-role-policy-document");
      }
      if (const ShellWord* boundary = c.Value("permissions-boundary")) SetBoundary(role, Text(*boundary));
    } else if (op == "update-assume-role-policy") {
      IamPrincipal& role = Principal(PrincipalKind::kRole, "role-name", false);
      if (auto doc = Document("policy-document", DocumentRole::kTrust, role, "")) {
        role.trust_policy = doc;
        role.trust_location = ArgumentLocation("policy-document");
      }
    } else if (op == "create-user") {
      IamPrincipal& user = Principal(PrincipalKind::kUser, "user-name", true);
      if (const ShellWord* boundary = c.Value("permissions-boundary")) SetBoundary(user, Text(*boundary));
    } else if (op == "create-group") {
      Principal(PrincipalKind::kGroup, "group-name", true);
    } else if (op == "add-user-to-group") {
      IamPrincipal& user = Principal(PrincipalKind::kUser, "user-name", false);
      if (const ShellWord* group = c.Value("group-name")) {
        Principal(PrincipalKind::kGroup, "group-name", false);
        user.groups.push_back(Text(*group));
      }
    } else if (op == "attach-role-policy" || op == "attach-user-policy" || op == "attach-group-policy") {
      Attach(KindOf(op), true);
    } else if (op == "detach-role-policy" || op == "detach-user-policy" || op == "detach-group-policy") {
      Attach(KindOf(op), false);
    } else if (op == "put-role-policy" || op == "put-user-policy" || op == "put-group-policy") {
      IamPrincipal& principal = Principal(KindOf(op), NameOption(KindOf(op)), false);
      std::string name = OptionText("policy-name");
      if (auto doc = Document("policy-document", DocumentRole::kInline, principal, name)) {
        principal.inline_policies.push_back({name, doc, ArgumentLocation("policy-name"), command_, script_});
      }
    } else if (op == "create-policy") {
      CreatePolicy();
    } else if (op == "create-policy-version") {
      CreatePolicyVersion();
    } else if (op == "create-service-linked-role") {
      std::string service = OptionText("aws-service-name");
      auto role = std::make_unique<IamPrincipal>();
      role->kind = PrincipalKind::kRole;
      role->service_linked = true;
      role->service_linked_service = service;
      role->name = "AWSServiceRoleFor(" + service + ")";
      role->created_at = ArgumentLocation("aws-service-name");
      Link(PrincipalKind::kRole, role->name);
      role->create_command = command_;
      role->create_script = script_;
      model_.principals_.push_back(std::move(role));
    } else if (op == "delete-role-permissions-boundary" || op == "delete-user-permissions-boundary") {
      Principal(KindOf(op), NameOption(KindOf(op)), false).permissions_boundary_arn.clear();
    } else if (op == "put-role-permissions-boundary" || op == "put-user-permissions-boundary") {
      SetBoundary(Principal(KindOf(op), NameOption(KindOf(op)), false), OptionText("permissions-boundary"));
    }
  }

  static PrincipalKind KindOf(const std::string& op) {
    if (op.find("-user-") != std::string::npos) return PrincipalKind::kUser;
    if (op.find("-group-") != std::string::npos) return PrincipalKind::kGroup;
    return PrincipalKind::kRole;
  }

  static const char* NameOption(PrincipalKind kind) {
    return kind == PrincipalKind::kUser ? "user-name" : kind == PrincipalKind::kGroup ? "group-name" : "role-name";
  }

  std::string Text(const ShellWord& word) const {
    return ResolveWord(word, script_->aws.variables).value_or(word.text);
  }

  std::string OptionText(std::string_view option) const {
    const ShellWord* word = command_->Value(option);
    return word ? Text(*word) : std::string();
  }

  void Link(PrincipalKind kind, std::string_view name) {
    if (links_) links_->push_back({kind, std::string(name)});
  }

  // A customer managed policy named in an ARN; FindCustomerPolicy() finds no empty name.
  void LinkPolicy(std::string_view name) {
    if (!name.empty()) Link(PrincipalKind::kPolicy, name);
  }

  // A customer managed boundary is looked up by name when rules weigh the principal's permissions.
  void SetBoundary(IamPrincipal& principal, std::string arn) {
    if (!IsAwsManagedPolicyArn(arn)) LinkPolicy(PolicyNameFromArn(arn));
    principal.permissions_boundary_arn = std::move(arn);
  }

  Location ArgumentLocation(std::string_view option) const {
    const ShellWord* word = command_->Value(option);
    if (word) return {script_->file, word->span};
    const AwsOption* named = command_->Find(option);
    return {script_->file, named ? named->name_span : command_->operation_span};
  }

  IamPrincipal& Principal(PrincipalKind kind, std::string_view name_option, bool creates) {
    std::string name = OptionText(name_option);
    if (name.empty()) name = "(unnamed " + std::string(PrincipalKindName(kind)) + ")";
    Link(kind, name);
    IamPrincipal* principal = const_cast<IamPrincipal*>(model_.Find(kind, name));
    if (!principal) {
      model_.principals_.push_back(std::make_unique<IamPrincipal>());
      principal = model_.principals_.back().get();
      principal->kind = kind;
      principal->name = name;
    }
    if (creates && !principal->created_at) {
      principal->created_at = ArgumentLocation(name_option);
      principal->create_command = command_;
      principal->create_script = script_;
    }
    return *principal;
  }

  void Attach(PrincipalKind kind, bool attach) {
    IamPrincipal& principal = Principal(kind, NameOption(kind), false);
    std::string arn = OptionText("policy-arn");
    auto& attachments = principal.attachments;
    if (!attach) {
      attachments.erase(std::remove_if(attachments.begin(), attachments.end(),
                                       [&](const PolicyAttachment& a) { return a.policy_arn == arn; }),
                        attachments.end());
      return;
    }
    for (const PolicyAttachment& existing : attachments) {
      if (existing.policy_arn == arn) return;  // attaching again changes nothing
    }
    PolicyAttachment attachment;
    attachment.policy_arn = arn;
    attachment.location = ArgumentLocation("policy-arn");
    attachment.command = command_;
    attachment.script = script_;
    attachment.aws_managed = IsAwsManagedPolicyArn(arn);
    if (!attachment.aws_managed) {
      std::string_view name = PolicyNameFromArn(arn);
      LinkPolicy(name);  // Build() looks it up again once every script is in
      attachment.customer_policy = model_.FindCustomerPolicy(name);
    }
    attachments.push_back(std::move(attachment));
    if (attachments.size() > principal.reached_count.size()) principal.reached_count.push_back(attachments.back());
  }

  void CreatePolicy() {
    auto policy = std::make_unique<CustomerPolicy>();
    policy->name = OptionText("policy-name");
    if (const ShellWord* path = command_->Value("path")) policy->path = Text(*path);
    policy->location = ArgumentLocation("policy-name");
    Link(PrincipalKind::kPolicy, policy->name);
    policy->command = command_;
    policy->script = script_;
    DocumentUse use = Use(DocumentRole::kManaged, PrincipalKind::kPolicy, policy->name, policy->name, "policy-document");
    policy->document = LoadDocument("policy-document", use);
    model_.customer_policies_.push_back(std::move(policy));
  }

  void CreatePolicyVersion() {
    std::string arn = OptionText("policy-arn");
    std::string name(PolicyNameFromArn(arn));
    Link(PrincipalKind::kPolicy, name);  // even unnamed: it adds a version to every policy of that name
    DocumentUse use = Use(DocumentRole::kManagedVersion, PrincipalKind::kPolicy, name, name, "policy-document");
    PolicyDocumentPtr doc = LoadDocument("policy-document", use);
    for (auto& policy : model_.customer_policies_) {
      if (policy->name != name) continue;
      ++policy->version_count;
      if (doc && command_->Find("set-as-default")) policy->document = doc;
    }
  }

  DocumentUse Use(DocumentRole role, PrincipalKind kind, std::string principal, std::string policy_name,
                  std::string_view option) const {
    return DocumentUse{role, kind, std::move(principal), std::move(policy_name), script_, command_,
                       ArgumentLocation(option)};
  }

  PolicyDocumentPtr Document(std::string_view option, DocumentRole role, const IamPrincipal& principal,
                             std::string policy_name) {
    return LoadDocument(option, Use(role, principal.kind, principal.name, std::move(policy_name), option));
  }

  // Reads a document argument: file://path, or JSON written inline in the command.
  PolicyDocumentPtr LoadDocument(std::string_view option, DocumentUse use) {
    const ShellWord* word = command_->Value(option);
    if (!word) return nullptr;
    PolicyDocumentPtr document;
    std::string_view text = word->text;
    if (FileReference* reference = Reference(*word)) {
      if (reference->resolved) {
        auto loaded = loader_.Load(*script_, reference->written);
        if (loaded.ok()) document = loaded.value();
        else reference->error = loaded.error();
        reference->document = document;
      }
    } else if (StartsWith(Trim(text), "{")) {
      std::string label = "the policy written inline in `aws iam " + command_->operation + "`";
      document = ParsePolicyDocument(SourceText(script_->file, word->text, word->segments, word->single_quoted),
                                     std::move(label));
      model_.inline_documents_.push_back(document);
    }
    if (!document) return nullptr;
    if (document->type_source != TypeSource::kUser) {
      document->type = use.role == DocumentRole::kTrust ? PolicyType::kTrust : PolicyType::kIdentity;
      document->type_source = TypeSource::kUsage;
    }
    auto& uses = model_.uses_[document.get()];
    if (uses.empty()) model_.used_order_.push_back(document);
    uses.push_back(std::move(use));
    return document;
  }

  // Records a file:// or fileb:// argument (once); nullptr when the word is not one.
  FileReference* Reference(const ShellWord& word) {
    std::string_view text = word.text;
    size_t scheme = StartsWith(text, "file://") ? 7 : StartsWith(text, "fileb://") ? 8 : 0;
    if (!scheme) return nullptr;
    for (FileReference& existing : model_.file_references_) {
      if (existing.word == &word) return &existing;
    }
    FileReference reference;
    reference.script = script_;
    reference.command = command_;
    reference.word = &word;
    reference.scheme = std::string(text.substr(0, scheme));
    auto resolved = ResolveWord(SliceWord(word, scheme, word.text.size()), script_->aws.variables);
    reference.resolved = resolved.has_value();
    reference.written = resolved ? *resolved : std::string(text.substr(scheme));
    model_.file_references_.push_back(std::move(reference));
    return &model_.file_references_.back();
  }

 public:
  // Every other file argument of any aws command must exist too (policies of other services,
  // --cli-input-json, --zip-file): checked for existence only.
  void CheckOtherFileArguments(const AwsCommand& command) {
    command_ = &command;
    for (const AwsOption& option : command.options) {
      for (const ShellWord& word : option.values) {
        FileReference* reference = Reference(word);
        if (!reference || reference->document || reference->error || !reference->resolved) continue;
        if (auto exists = loader_.Exists(*script_, reference->written); !exists.ok()) reference->error = exists.error();
      }
    }
  }

 private:
  RoleModel& model_;
  DocumentLoader& loader_;
  std::vector<ModelLink>* links_;  // null unless LinksOf() asks
  const ScriptInput* script_ = nullptr;
  const AwsCommand* command_ = nullptr;
};

std::unique_ptr<RoleModel> RoleModel::Build(const std::vector<const ScriptInput*>& scripts, DocumentLoader& loader) {
  auto model = std::make_unique<RoleModel>();
  RoleModelBuilder builder(*model, loader);
  for (const ScriptInput* script : scripts) builder.Add(*script);
  // An attachment may come before the create-policy it names (another script, or a re-run).
  for (auto& principal : model->principals_) {
    for (auto& attachment : principal->attachments) {
      if (!attachment.aws_managed && !attachment.customer_policy) {
        attachment.customer_policy = model->FindCustomerPolicy(PolicyNameFromArn(attachment.policy_arn));
      }
    }
  }
  return model;
}

std::vector<ModelLink> RoleModel::LinksOf(const ScriptInput& script, DocumentLoader& loader) {
  RoleModel model;
  std::vector<ModelLink> links;
  RoleModelBuilder(model, loader, &links).Add(script);
  return links;
}

const IamPrincipal* RoleModel::Find(PrincipalKind kind, std::string_view name) const {
  for (const auto& principal : principals_) {
    if (principal->kind == kind && principal->name == name) return principal.get();
  }
  return nullptr;
}

const CustomerPolicy* RoleModel::FindCustomerPolicy(std::string_view name) const {
  if (name.empty()) return nullptr;
  for (const auto& policy : customer_policies_) {
    if (policy->name == name) return policy.get();
  }
  return nullptr;
}

const std::vector<DocumentUse>& RoleModel::UsesOf(const PolicyDocument* document) const {
  static const std::vector<DocumentUse> kNone;
  auto it = uses_.find(document);
  return it == uses_.end() ? kNone : it->second;
}

std::vector<PolicyDocumentPtr> RoleModel::UsedDocuments() const { return used_order_; }

std::vector<const IamPrincipal*> RoleModel::PrincipalsReachedBy(const PolicyDocument* document) const {
  std::vector<const IamPrincipal*> out;
  auto add = [&](const IamPrincipal* p) {
    if (p && std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  };
  for (const DocumentUse& use : UsesOf(document)) {
    if (use.principal_kind != PrincipalKind::kPolicy) {
      add(Find(use.principal_kind, use.principal_name));
      continue;
    }
    for (const auto& principal : principals_) {
      for (const auto& attachment : principal->attachments) {
        if (attachment.customer_policy && attachment.customer_policy->name == use.principal_name) add(principal.get());
      }
    }
  }
  return out;
}

}  // namespace slim
