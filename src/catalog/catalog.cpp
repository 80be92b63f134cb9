#include "catalog/catalog.h"

#include <fstream>
#include <sstream>
#include <system_error>

#include "catalog/catalog_text.h"
#include "embed/embedded_files.h"
#include "util/strings.h"

namespace slim {
namespace {

constexpr std::string_view kEmbeddedDir = "rules/catalog/";

std::string_view EmbeddedCatalogFile(std::string_view name) {
  std::string path(kEmbeddedDir);
  path.append(name);
  return FindEmbeddedFile(path);
}

std::vector<std::string_view> PolicyNames(const ManagedPolicyEvidence* evidence) {
  if (!evidence) return {};
  return evidence->policies.ToVector();
}

Result<std::string> ReadWholeFile(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Error{"catalog file is missing", path.string(), {}};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open catalog file", path.string(), {}};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Error{"cannot read catalog file", path.string(), {}};
  return buffer.str();
}

}  // namespace

Catalog::Catalog(const CatalogTexts& texts, bool from_disk, std::vector<std::unique_ptr<std::string>> storage)
    : storage_(std::move(storage)),
      texts_(texts),
      actions_(texts.actions, /*verify=*/from_disk),
      removed_actions_(texts.removed_actions),
      managed_policies_(texts.managed_policies, texts.managed_policy_documents, /*verify_documents=*/from_disk),
      evidence_(texts.managed_policy_evidence),
      service_principals_(texts.service_principals),
      global_keys_(texts.global_condition_keys),
      operators_(texts.condition_operators),
      sdk_(texts.sdk_map, /*verify=*/from_disk) {}

Catalog::~Catalog() = default;

const Catalog& Catalog::Embedded() {
  // Only views into .rodata are taken here; every index is built on first use. Leaked on purpose:
  // no destructor work at exit, and no use-after-destruction from late threads.
  static const Catalog* const catalog = [] {
    CatalogTexts t;
    t.actions = EmbeddedCatalogFile(CatalogFileNames::kActions);
    t.removed_actions = EmbeddedCatalogFile(CatalogFileNames::kRemovedActions);
    t.managed_policies = EmbeddedCatalogFile(CatalogFileNames::kManagedPolicies);
    t.managed_policy_documents = EmbeddedCatalogFile(CatalogFileNames::kManagedPolicyDocuments);
    t.managed_policy_evidence = EmbeddedCatalogFile(CatalogFileNames::kManagedPolicyEvidence);
    t.service_principals = EmbeddedCatalogFile(CatalogFileNames::kServicePrincipals);
    t.global_condition_keys = EmbeddedCatalogFile(CatalogFileNames::kGlobalConditionKeys);
    t.condition_operators = EmbeddedCatalogFile(CatalogFileNames::kConditionOperators);
    t.risk_actions = EmbeddedCatalogFile(CatalogFileNames::kRiskActions);
    t.sdk_map = EmbeddedCatalogFile(CatalogFileNames::kSdkMap);
    return new Catalog(t, /*from_disk=*/false, {});
  }();
  return *catalog;
}

Result<std::unique_ptr<Catalog>> Catalog::LoadFromDirectory(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::exists(dir, ec)) return Error{"catalog directory does not exist", dir.string(), {}};
  if (!std::filesystem::is_directory(dir, ec)) return Error{"catalog path is not a directory", dir.string(), {}};

  std::vector<std::unique_ptr<std::string>> storage;
  CatalogTexts t;
  struct Entry {
    std::string_view name;
    std::string_view* slot;
  };
  const Entry entries[] = {
      {CatalogFileNames::kActions, &t.actions},
      {CatalogFileNames::kRemovedActions, &t.removed_actions},
      {CatalogFileNames::kManagedPolicies, &t.managed_policies},
      {CatalogFileNames::kManagedPolicyDocuments, &t.managed_policy_documents},
      {CatalogFileNames::kManagedPolicyEvidence, &t.managed_policy_evidence},
      {CatalogFileNames::kServicePrincipals, &t.service_principals},
      {CatalogFileNames::kGlobalConditionKeys, &t.global_condition_keys},
      {CatalogFileNames::kConditionOperators, &t.condition_operators},
      {CatalogFileNames::kRiskActions, &t.risk_actions},
      {CatalogFileNames::kSdkMap, &t.sdk_map},
  };
  for (const Entry& e : entries) {
    std::filesystem::path path = dir / std::string(e.name);
    auto text = ReadWholeFile(path);
    if (!text.ok()) return text.error();
    // Every file starts with the catalog header; this catches a wrong directory early with a clear
    // message.
    if (!StartsWith(*text, catalog_text::kHeaderPrefix)) {
      return Error{"not a slim-lint catalog file (missing header line)", path.string(), {}};
    }
    // unique_ptr keeps the buffer address stable: the tables hold views into it.
    storage.push_back(std::make_unique<std::string>(std::move(*text)));
    *e.slot = *storage.back();
  }

  std::unique_ptr<Catalog> catalog(new Catalog(t, /*from_disk=*/true, std::move(storage)));
  auto with_path = [&dir](Error error, std::string_view file) {
    error.path = (dir / std::string(file)).string();
    return error;
  };
  if (auto error = catalog->actions_.Validate()) return with_path(*error, CatalogFileNames::kActions);
  if (auto error = catalog->managed_policies_.Validate()) return with_path(*error, CatalogFileNames::kManagedPolicies);
  if (auto error = catalog->sdk_.Validate()) return with_path(*error, CatalogFileNames::kSdkMap);
  // Parse the risk data now so that Risk() cannot fail later.
  auto risk = ParseRiskData(catalog->texts_.risk_actions);
  if (!risk.ok()) return with_path(risk.error(), CatalogFileNames::kRiskActions);
  std::call_once(catalog->risk_once_, [&] { catalog->risk_ = std::make_unique<RiskData>(std::move(*risk)); });
  return catalog;
}

// --- services and actions ----------------------------------------------------------------------

const ServiceInfo* Catalog::FindService(std::string_view prefix) const { return actions_.FindService(prefix); }

const ActionInfo* Catalog::FindAction(std::string_view service_prefix, std::string_view action_name) const {
  return actions_.FindAction(service_prefix, action_name);
}

const ActionInfo* Catalog::FindAction(std::string_view full_action) const { return actions_.FindAction(full_action); }

std::vector<const ActionInfo*> Catalog::ExpandAction(std::string_view pattern) const {
  return actions_.ExpandAction(pattern);
}

std::vector<std::string_view> Catalog::ServicePrefixes() const { return actions_.ServicePrefixes(); }

std::optional<std::string> Catalog::SuggestService(std::string_view unknown_prefix) const {
  // A boto3/CLI client name is a common mistake for the IAM prefix: "stepfunctions" is "states".
  if (auto iam_prefix = sdk_.IamPrefixOf(sdk_.ResolveCliServiceName(unknown_prefix))) {
    if (!iam_prefix->empty() && actions_.FindService(*iam_prefix) &&
        !EqualsIgnoreCase(*iam_prefix, unknown_prefix)) {
      return std::string(*iam_prefix);
    }
  }
  return actions_.SuggestService(unknown_prefix);
}

std::optional<std::string> Catalog::SuggestAction(std::string_view service_prefix,
                                                  std::string_view unknown_action) const {
  return actions_.SuggestAction(service_prefix, unknown_action);
}

const RemovedAction* Catalog::FindRemovedAction(std::string_view full_action) const {
  return removed_actions_.Find(full_action);
}

std::vector<std::string_view> Catalog::ManagedPolicyEvidenceForAction(std::string_view full_action) const {
  return PolicyNames(evidence_.ForAction(full_action));
}

std::vector<std::string_view> Catalog::ManagedPolicyEvidenceForService(std::string_view prefix) const {
  return PolicyNames(evidence_.ForService(prefix));
}

// --- resource types and condition keys -----------------------------------------------------------

const ResourceTypeInfo* Catalog::FindResourceType(std::string_view service_prefix, std::string_view type_name) const {
  return actions_.FindResourceType(service_prefix, type_name);
}

const ConditionKeyInfo* Catalog::FindServiceConditionKey(std::string_view key) const {
  return actions_.FindConditionKey(key);
}

const GlobalConditionKeyInfo* Catalog::FindGlobalConditionKey(std::string_view key) const {
  return global_keys_.Find(key);
}

const std::vector<GlobalConditionKeyInfo>& Catalog::GlobalConditionKeys() const { return global_keys_.All(); }

const ConditionOperatorInfo* Catalog::FindConditionOperator(std::string_view base_operator) const {
  return operators_.Find(base_operator);
}

ParsedConditionOperator Catalog::ParseConditionOperator(std::string_view full_operator) const {
  return operators_.Parse(full_operator);
}

// --- managed policies ---------------------------------------------------------------------------

const ManagedPolicy* Catalog::FindManagedPolicyByName(std::string_view name) const {
  return managed_policies_.FindByName(name);
}

const ManagedPolicy* Catalog::FindManagedPolicyByArn(std::string_view arn) const {
  return managed_policies_.FindByArn(arn);
}

std::vector<const ManagedPolicy*> Catalog::ManagedPolicies() const { return managed_policies_.All(); }

std::optional<std::string> Catalog::SuggestManagedPolicy(std::string_view unknown_name) const {
  return managed_policies_.Suggest(unknown_name);
}

// --- service principals --------------------------------------------------------------------------

bool Catalog::IsKnownServicePrincipal(std::string_view principal) const {
  return service_principals_.Find(principal) != nullptr;
}

const ServicePrincipalInfo* Catalog::FindServicePrincipal(std::string_view principal) const {
  return service_principals_.Find(principal);
}

std::optional<std::string> Catalog::SuggestServicePrincipal(std::string_view unknown) const {
  return service_principals_.Suggest(unknown);
}

// --- risk data -----------------------------------------------------------------------------------

const RiskData& Catalog::Risk() const {
  std::call_once(risk_once_, [this] {
    auto parsed = ParseRiskData(texts_.risk_actions);
    // Embedded data is tested to parse; an empty RiskData is the safe fallback.
    risk_ = std::make_unique<RiskData>(parsed.ok() ? std::move(*parsed) : RiskData{});
  });
  return *risk_;
}

}  // namespace slim
