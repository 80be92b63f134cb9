#include "engine/lint_run.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include "catalog/catalog.h"
#include "engine/document_loader.h"
#include "engine/ordered_pool.h"
#include "engine/rule_runner.h"
#include "inputs/script_input.h"
#include "least_privilege/repository_scan.h"
#include "model/managed_documents.h"
#include "model/role_model.h"
#include "util/strings.h"

namespace slim {
namespace fs = std::filesystem;
namespace {

fs::path CanonicalOf(const InputPath& input) {
  if (input.path.empty()) return {};
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(input.path, ec);
  return ec ? input.path : canonical;
}

bool LooksLikeBinary(std::string_view text) { return text.find('\0') != std::string_view::npos; }

// A .json file met in a directory walk that does not parse: reported when it is empty, binary
// or UTF-16 (never a valid policy), or mentions a policy element; JSON-with-comments config
// files and other tools' data are left alone.
bool BrokenFileWorthReporting(std::string_view text) {
  if (Trim(text).empty() || LooksLikeBinary(text.substr(0, 4096))) return true;
  for (std::string_view element : {"\"Statement\"", "\"Effect\"", "\"Action\"", "\"Principal\"", "\"Version\""}) {
    if (text.find(element) != std::string_view::npos) return true;
  }
  return false;
}

// What one input turned out to be after reading it.
struct ReadInputFile {
  InputPath input;
  SourceFilePtr file;
  InputKind kind = InputKind::kJson;
};

struct StandaloneResult {
  std::vector<Finding> findings;
  std::optional<Error> error;
  size_t bytes = 0;
  bool analyzed = false;
};

void ApplyForcedType(PolicyDocument& document, const std::optional<PolicyType>& forced) {
  if (!forced) return;
  document.type = *forced;
  document.type_source = TypeSource::kUser;
}

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

LintStats RunLint(const LintRequest& request, LintConsumer& consumer) {
  LintStats stats;
  DiscoveredInputs discovered = DiscoverInputs(request.paths);
  for (const Error& error : discovered.errors) {
    consumer.OnInputError(error);
    ++stats.input_errors;
  }

  RunInputs inputs;
  for (const InputPath& input : discovered.files) inputs.files.push_back(input.display);
  for (const std::string& path : request.paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) inputs.has_directory = true;
  }
  consumer.OnInputs(inputs);

  // The repository the paths belong to, read for least-privilege evidence when a rule asks.
  AnalysisSettings settings = request.settings;
  if (!settings.repository) settings.repository = std::make_shared<const RepositoryEvidenceCache>(request.paths);
  RuleRunner runner(*request.selection, *request.catalog, settings);

  // Scripts and Markdown are read first: they decide what the JSON documents are.
  std::map<fs::path, std::string> display_paths;
  std::vector<InputPath> json_inputs;
  std::vector<std::unique_ptr<ScriptInput>> scripts;
  std::map<std::string, std::vector<Finding>> model_findings;  // by display path
  for (const InputPath& input : discovered.files) {
    display_paths[CanonicalOf(input)] = input.display;
    bool maybe_script = !input.kind || *input.kind != InputKind::kJson;
    if (!maybe_script) {
      json_inputs.push_back(input);
      continue;
    }
    auto file = ReadInput(input, request.limits);
    if (!file.ok()) {
      consumer.OnInputError(file.error());
      ++stats.input_errors;
      continue;
    }
    InputKind kind = input.kind ? *input.kind : SniffKind((*file)->text());
    if (kind == InputKind::kJson) {
      // A named file or stdin that holds JSON is analyzed now: stdin cannot be read twice.
      auto document = ParsePolicyDocument(SourceText::WholeFile(*file), input.display);
      ApplyForcedType(*document, request.forced_type);
      ++stats.files;
      ++stats.documents;
      stats.bytes += (*file)->text().size();
      runner.RunStandalone(*document, model_findings[input.display]);
      continue;
    }
    if (LooksLikeBinary((*file)->text())) {
      consumer.OnInputError({"binary file (it contains NUL bytes); not a script or policy", input.display});
      ++stats.input_errors;
      continue;
    }
    ++stats.files;
    stats.bytes += (*file)->text().size();
    scripts.push_back(std::make_unique<ScriptInput>(ReadScript(*file, kind == InputKind::kMarkdown)));
  }

  // The role model and everything it touches.
  FileDocumentLoader loader(display_paths, request.limits);
  std::vector<const ScriptInput*> script_order;
  for (const auto& s : scripts) {
    script_order.push_back(s.get());
    consumer.OnScript(*s);
  }
  std::unique_ptr<RoleModel> model = RoleModel::Build(script_order, loader);
  for (const PolicyDocumentPtr& document : model->UsedDocuments()) ApplyForcedType(*document, request.forced_type);
  {
    std::vector<Finding> findings;
    for (const ScriptInput* script : script_order) {
      runner.RunScript(*script, model.get(), findings);
      // Policies in ```json blocks of a Markdown page stand on their own.
      for (ByteSpan block : script->json_blocks) {
        std::string_view text = script->file->text().substr(block.begin, block.size());
        auto document = ParsePolicyDocument(SourceText(script->file, std::string(text), {{0, block.begin}}, true),
                                            "a JSON block in " + script->file->path());
        ApplyForcedType(*document, request.forced_type);
        runner.RunStandalone(*document, findings);
        ++stats.documents;
      }
    }
    for (const PolicyDocumentPtr& document : model->UsedDocuments()) {
      runner.RunDocument(*document, model.get(), nullptr, findings);
      ++stats.documents;
    }
    for (const auto& principal : model->principals()) {
      // Each attached AWS managed policy is analyzed as its real document, anchored at the
      // attachment, and counts toward the principal's permissions.
      std::vector<PolicyDocumentPtr> managed = ManagedDocumentsOf(*principal, *request.catalog);
      for (const PolicyDocumentPtr& document : managed) {
        // AdministratorAccess grants everything; SL5001 says all there is to say about it.
        if (document->managed_policy_name == "AdministratorAccess") continue;
        runner.RunManagedPolicy(*document, model.get(), *principal, findings);
      }
      std::vector<PolicyGrant> grants = GrantsOf(*principal, *model);
      for (const PolicyDocumentPtr& document : managed) {
        const ManagedPolicy* policy = request.catalog->FindManagedPolicyByName(document->managed_policy_name);
        bool for_service = policy && policy->path.find("service-role/") != std::string_view::npos;
        grants.push_back({document.get(), document->anchor, "AWS managed policy " + document->managed_policy_name, for_service});
      }
      runner.RunPrincipal(*principal, std::move(grants), model.get(), findings);
    }
    for (Finding& finding : findings) model_findings[finding.location.path()].push_back(std::move(finding));
  }
  std::set<fs::path> used_files;
  for (const auto& [path, document] : loader.loaded()) used_files.insert(path);
  // The model's scripts, documents and parse trees are done with; findings keep only the
  // file texts they point into. Releasing them before the standalone pass keeps them from
  // adding to what that pass holds.
  model.reset();
  loader.Clear();
  scripts.clear();

  // Every other JSON input is analyzed on its own, in parallel, and streamed in path order.
  std::vector<const InputPath*> standalone;
  for (const InputPath& input : json_inputs) {
    if (input.path.empty() || !used_files.contains(CanonicalOf(input))) standalone.push_back(&input);
  }
  auto emit_model_up_to = [&](const std::string* limit) {
    while (!model_findings.empty() && (!limit || model_findings.begin()->first <= *limit)) {
      auto node = model_findings.extract(model_findings.begin());
      std::sort(node.mapped().begin(), node.mapped().end(), FindingLess);
      if (!node.mapped().empty()) consumer.OnFindings(std::move(node.mapped()));
    }
  };
  unsigned jobs = request.jobs ? request.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::function<StandaloneResult(size_t)> work = [&](size_t i) {
    StandaloneResult result;
    const InputPath& input = *standalone[i];
    auto file = ReadInput(input, request.limits);
    if (!file.ok()) {
      result.error = file.error();
      return result;
    }
    result.bytes = (*file)->text().size();
    auto document = ParsePolicyDocument(SourceText::WholeFile(*file), input.display);
    // A directory walk meets package.json and friends: only policies (or broken files that
    // mention a policy element) are linted unless the file was named.
    bool is_policy = document->parsed() ? LooksLikePolicy(*document->root) : BrokenFileWorthReporting((*file)->text());
    if (!input.named && !is_policy && !request.forced_type) return result;
    ApplyForcedType(*document, request.forced_type);
    runner.RunStandalone(*document, result.findings);
    std::sort(result.findings.begin(), result.findings.end(), FindingLess);
    result.analyzed = true;
    return result;
  };
  std::function<void(size_t, StandaloneResult)> consume = [&](size_t i, StandaloneResult result) {
    emit_model_up_to(&standalone[i]->display);
    if (result.error) {
      consumer.OnInputError(*result.error);
      ++stats.input_errors;
      return;
    }
    ++stats.files;
    stats.bytes += result.bytes;
    stats.documents += result.analyzed ? 1 : 0;
    if (!result.findings.empty()) consumer.OnFindings(std::move(result.findings));
  };
  OrderedParallelMap<StandaloneResult>(standalone.size(), jobs, 256, work, consume);
  emit_model_up_to(nullptr);
  stats.files += used_files.size();
  return stats;
}

}  // namespace slim
