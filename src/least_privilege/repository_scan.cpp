#include "least_privilege/repository_scan.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "catalog/catalog.h"
#include "json/json_parser.h"
#include "least_privilege/asl_scan.h"
#include "least_privilege/boto3_scan.h"
#include "util/strings.h"

namespace slim {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kOwnAccount = "${aws:PrincipalAccount}";

// Adds an item when the catalog knows the action (under its canonical name); evidence never
// puts an unknown action into a generated policy.
void Add(const Catalog& catalog, RepositoryEvidence& out, std::string_view action, const std::vector<std::string>& resources,
         EvidenceSource source, const std::string& file) {
  const ActionInfo* info = catalog.FindAction(action);
  if (!info) return;
  out.Add(info->FullName(), resources, source, file);
}

std::vector<std::string> Strings(const JsonValue* value) {
  std::vector<std::string> out;
  if (!value) return out;
  if (value->is_string()) out.push_back(value->text());
  if (value->is_array()) {
    for (const JsonValue& item : value->items()) {
      if (item.is_string()) out.push_back(item.text());
    }
  }
  return out;
}

std::string Text(const JsonValue* value) { return value && value->is_string() ? value->text() : std::string(); }

void PolicyEvidence(const JsonValue& root, const std::string& display, const Catalog& catalog, RepositoryEvidence& out) {
  const JsonValue* statements = root.Get("Statement");
  std::vector<const JsonValue*> list;
  if (statements && statements->is_object()) list.push_back(statements);
  if (statements && statements->is_array()) {
    for (const JsonValue& s : statements->items()) list.push_back(&s);
  }
  for (const JsonValue* s : list) {
    // Identity policies only: a trust or resource policy grants someone else.
    if (!s->is_object() || Text(s->Get("Effect")) != "Allow" || s->Get("Principal") || s->Get("NotPrincipal")) continue;
    std::vector<std::string> resources;
    for (const std::string& r : Strings(s->Get("Resource"))) {
      if (r == "*") {
        resources.clear();  // "*" says nothing about which resources the workflow uses
        break;
      }
      resources.push_back(GeneralizeArnAccount(r));
    }
    for (const std::string& action : Strings(s->Get("Action"))) {
      size_t colon = action.find(':');
      if (colon == std::string::npos) continue;
      if (!HasWildcard(action)) {
        Add(catalog, out, action, resources, EvidenceSource::kPolicyDocument, display);
        continue;
      }
      // "sqs:*" is the very grant being replaced; a narrower pattern names what is used.
      if (action.substr(colon + 1) == "*" || HasWildcard(action.substr(0, colon))) continue;
      for (const ActionInfo* info : catalog.ExpandAction(action)) {
        out.Add(info->FullName(), resources, EvidenceSource::kPolicyDocument, display);
      }
    }
  }
}

void StateMachineEvidence(const JsonValue& value, const std::string& display, const Catalog& catalog,
                          RepositoryEvidence& out, int depth = 0) {
  if (depth > 16) return;
  if (IsStateMachineDefinition(value)) {
    for (AslAction& a : ScanStateMachine(value, catalog.Sdk())) {
      Add(catalog, out, a.action, std::move(a.resources), EvidenceSource::kStepFunctions, display);
    }
    // The definition is deployed and run by someone: the Step Functions side of the workflow.
    std::string machines = "arn:aws:states:*:" + std::string(kOwnAccount) + ":stateMachine:*";
    std::string executions = "arn:aws:states:*:" + std::string(kOwnAccount) + ":execution:*";
    for (const char* action : {"states:CreateStateMachine", "states:UpdateStateMachine", "states:DescribeStateMachine",
                               "states:StartExecution", "states:ListExecutions"}) {
      Add(catalog, out, action, {machines}, EvidenceSource::kStepFunctions, display);
    }
    for (const char* action : {"states:DescribeExecution", "states:StopExecution", "states:GetExecutionHistory"}) {
      Add(catalog, out, action, {executions}, EvidenceSource::kStepFunctions, display);
    }
    Add(catalog, out, "states:ListStateMachines", {}, EvidenceSource::kStepFunctions, display);
    return;
  }
  // A template holding the definition: an object (Definition) or a JSON string (DefinitionString).
  if (value.is_object()) {
    for (const JsonMember& m : value.members()) {
      if (m.key == "DefinitionString" && m.value.is_string()) {
        JsonParseResult inner = ParseJson(m.value.text());
        if (inner.root) StateMachineEvidence(*inner.root, display, catalog, out, depth + 1);
      } else {
        StateMachineEvidence(m.value, display, catalog, out, depth + 1);
      }
    }
  } else if (value.is_array()) {
    for (const JsonValue& item : value.items()) StateMachineEvidence(item, display, catalog, out, depth + 1);
  }
}

std::string RoleArn(std::string_view arn) { return StartsWith(arn, "arn:") ? GeneralizeArnAccount(arn) : std::string(); }

// <account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag|@digest]
std::string EcrRepositoryArn(std::string_view image) {
  size_t dkr = image.find(".dkr.ecr.");
  size_t slash = image.find('/');
  if (dkr == std::string_view::npos || slash == std::string_view::npos || dkr > slash) return {};
  std::string_view region = image.substr(dkr + 9, slash - dkr - 9);
  region = region.substr(0, region.find('.'));
  std::string_view repository = image.substr(slash + 1);
  repository = repository.substr(0, FindAnyOf(repository, ":@"));
  if (repository.empty() || region.empty()) return {};
  return "arn:aws:ecr:" + std::string(region) + ":" + std::string(kOwnAccount) + ":repository/" + std::string(repository);
}

void BatchJobDefinitionEvidence(const JsonValue& root, const std::string& display, const Catalog& catalog,
                                RepositoryEvidence& out) {
  std::string name = Text(root.Get("jobDefinitionName"));
  std::string definition = "arn:aws:batch:*:" + std::string(kOwnAccount) + ":job-definition/" + name;
  auto add = [&](std::string_view action, std::vector<std::string> resources) {
    Add(catalog, out, action, std::move(resources), EvidenceSource::kBatchJobDefinition, display);
  };
  add("batch:RegisterJobDefinition", {definition, definition + ":*"});
  add("batch:DescribeJobDefinitions", {});
  add("batch:SubmitJob", {definition + ":*"});
  add("batch:DescribeJobs", {});
  const JsonValue* container = root.Get("containerProperties");
  if (!container || !container->is_object()) return;
  for (std::string_view key : {"jobRoleArn", "executionRoleArn"}) {
    if (std::string role = RoleArn(Text(container->Get(key))); !role.empty()) add("iam:PassRole", {role});
  }
  if (std::string repository = EcrRepositoryArn(Text(container->Get("image"))); !repository.empty()) {
    // The image is pushed by the workflow's developers and pulled when the job runs.
    add("ecr:GetAuthorizationToken", {});
    for (const char* action : {"ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
                               "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload",
                               "ecr:PutImage", "ecr:DescribeImages", "ecr:DescribeRepositories"}) {
      add(action, {repository});
    }
  }
}

std::vector<std::string> FunctionArns(std::string_view name) {
  if (name.empty()) return {};
  std::string arn = StartsWith(name, "arn:") ? GeneralizeArnAccount(name)
                                              : "arn:aws:lambda:*:" + std::string(kOwnAccount) + ":function:" + std::string(name);
  return {arn, arn + ":*"};
}

void LambdaFunctionEvidence(const JsonValue& config, const std::string& display, const Catalog& catalog,
                            RepositoryEvidence& out) {
  std::vector<std::string> function = FunctionArns(Text(config.Get("FunctionName")));
  for (const char* action : {"lambda:CreateFunction", "lambda:GetFunction", "lambda:GetFunctionConfiguration",
                             "lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration", "lambda:InvokeFunction"}) {
    Add(catalog, out, action, function, EvidenceSource::kLambdaFunction, display);
  }
  if (std::string role = RoleArn(Text(config.Get("Role"))); !role.empty()) {
    Add(catalog, out, "iam:PassRole", {role}, EvidenceSource::kLambdaFunction, display);
  }
}

bool IsBatchJobDefinition(const JsonValue& root) {
  return root.Get("jobDefinitionName") &&
         (root.Get("containerProperties") || root.Get("type") || root.Get("nodeProperties") || root.Get("eksProperties"));
}

bool IsLambdaFunctionConfig(const JsonValue& root) {
  return root.Get("FunctionName") && (root.Get("Runtime") || root.Get("Handler") || root.Get("Code") || root.Get("Role"));
}

// Lambda functions declared in a CloudFormation or SAM template, with their literal names.
void TemplateFunctions(const JsonValue& root, const std::string& display, const Catalog& catalog, RepositoryEvidence& out) {
  const JsonValue* resources = root.Get("Resources");
  if (!resources || !resources->is_object()) return;
  for (const JsonMember& m : resources->members()) {
    std::string type = Text(m.value.Get("Type"));
    const JsonValue* properties = m.value.Get("Properties");
    if ((type == "AWS::Lambda::Function" || type == "AWS::Serverless::Function") && properties &&
        properties->is_object() && properties->Get("FunctionName") && properties->Get("FunctionName")->is_string()) {
      LambdaFunctionEvidence(*properties, display, catalog, out);
    }
  }
}

// Methods that are not API operations (boto3's transfer manager and resource actions), with
// the actions they use.
const std::map<std::string, std::vector<std::string>, std::less<>>& HighLevelMethods() {
  static const auto* methods = new std::map<std::string, std::vector<std::string>, std::less<>>{
      {"s3.upload_file", {"s3:PutObject"}},
      {"s3.upload_fileobj", {"s3:PutObject"}},
      {"s3.download_file", {"s3:GetObject"}},
      {"s3.download_fileobj", {"s3:GetObject"}},
      {"s3.copy", {"s3:GetObject", "s3:PutObject"}},
      {"s3.copy_from", {"s3:GetObject", "s3:PutObject"}},
      {"s3.put", {"s3:PutObject"}},
      {"s3.get", {"s3:GetObject"}},
      {"s3.delete", {"s3:DeleteObject"}},
      {"s3.load", {"s3:GetObject"}},
      {"s3.objects.all", {"s3:ListBucket"}},
      {"s3.objects.filter", {"s3:ListBucket"}},
      {"s3.objects.delete", {"s3:ListBucket", "s3:DeleteObject"}},
      {"sqs.receive_messages", {"sqs:ReceiveMessage"}},
      {"sqs.get_queue_by_name", {"sqs:GetQueueUrl"}},
      {"dynamodb.batch_writer", {"dynamodb:BatchWriteItem"}},
  };
  return *methods;
}

// Resources a call's literal keyword arguments name.
std::vector<std::string> CallResources(const Boto3Call& call) {
  std::vector<std::string> out;
  for (const auto& [key, value] : call.keyword_strings) {
    if (value.empty() || value.find('{') != std::string::npos) continue;
    if (key == "QueueUrl") {
      if (std::string arn = SqsQueueArnFromUrl(value); !arn.empty()) out.push_back(arn);
    } else if (key == "Bucket" && value.find('/') == std::string::npos) {
      out.push_back("arn:aws:s3:::" + value);
      out.push_back("arn:aws:s3:::" + value + "/*");
    } else if (key == "FunctionName") {
      for (std::string& arn : FunctionArns(value)) out.push_back(std::move(arn));
    } else if (key == "TableName") {
      out.push_back(StartsWith(value, "arn:") ? GeneralizeArnAccount(value)
                                              : "arn:aws:dynamodb:*:" + std::string(kOwnAccount) + ":table/" + value);
    } else if ((key == "TopicArn" || key == "stateMachineArn" || key == "TargetArn") && StartsWith(value, "arn:")) {
      out.push_back(GeneralizeArnAccount(value));
    } else if (key == "jobQueue" || key == "jobDefinition") {
      std::string type = key == "jobQueue" ? "job-queue" : "job-definition";
      std::string arn = StartsWith(value, "arn:") ? GeneralizeArnAccount(value)
                                                  : "arn:aws:batch:*:" + std::string(kOwnAccount) + ":" + type + "/" + value;
      if (type == "job-definition" && !StartsWith(value, "arn:") && value.find(':') == std::string::npos) arn += ":*";
      out.push_back(arn);
    }
  }
  return out;
}

void ScanFile(const fs::path& path, const std::string& display, const Catalog& catalog, const RepositoryScanLimits& limits,
              RepositoryEvidence& out) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec) || fs::file_size(path, ec) > limits.max_file_bytes || ec) return;
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string ext = ToLower(path.extension().string());
  if (ext == ".json" || ext == ".asl") CollectJsonEvidence(text, display, catalog, out);
  else if (ext == ".py") CollectPythonEvidence(text, display, catalog, out);
}

bool SkippedDirectory(const fs::path& dir) {
  std::string name = dir.filename().string();
  static const std::set<std::string, std::less<>> kSkip = {"node_modules", "__pycache__", "site-packages", "venv",
                                                           "build", "dist", "target", "cdk.out", ".aws-sam"};
  return (!name.empty() && name[0] == '.' && name != "." && name != "..") || kSkip.count(name);
}

bool Interesting(const fs::path& path) {
  std::string ext = ToLower(path.extension().string());
  return ext == ".json" || ext == ".asl" || ext == ".py";
}

}  // namespace

void CollectJsonEvidence(std::string_view text, const std::string& display, const Catalog& catalog,
                         RepositoryEvidence& out) {
  JsonParseResult parsed = ParseJson(text);
  if (!parsed.root || !parsed.root->is_object()) return;
  const JsonValue& root = *parsed.root;
  if (root.Get("Statement")) {
    PolicyEvidence(root, display, catalog, out);
  } else if (IsBatchJobDefinition(root)) {
    BatchJobDefinitionEvidence(root, display, catalog, out);
  } else if (IsLambdaFunctionConfig(root)) {
    LambdaFunctionEvidence(root, display, catalog, out);
  } else {
    StateMachineEvidence(root, display, catalog, out);
    TemplateFunctions(root, display, catalog, out);
  }
}

void CollectPythonEvidence(std::string_view text, const std::string& display, const Catalog& catalog,
                           RepositoryEvidence& out) {
  if (text.find("boto3") == std::string_view::npos) return;
  const SdkMap& sdk = catalog.Sdk();
  for (const Boto3Call& call : ScanBoto3(text)) {
    std::vector<std::string> resources = CallResources(call);
    auto high_level = HighLevelMethods().find(call.service + "." + call.method);
    if (high_level != HighLevelMethods().end()) {
      for (const std::string& action : high_level->second) {
        Add(catalog, out, action, resources, EvidenceSource::kBoto3Code, display);
      }
      continue;
    }
    const SdkOperation* op = sdk.FindOperation(call.service, call.method);
    if (!op || op->permissionless) continue;
    for (const SdkAction& action : op->actions) {
      Add(catalog, out, action.FullName(), resources, EvidenceSource::kBoto3Code, display);
    }
  }
}

RepositoryEvidence ScanRepository(const std::vector<std::string>& paths, const Catalog& catalog,
                                  const RepositoryScanLimits& limits) {
  // display path -> file, sorted and each once (a named file inside a named directory).
  std::map<std::string, fs::path> files;
  std::set<fs::path> seen_roots;
  auto walk = [&](const fs::path& root, const std::string& display_root) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(root, ec);
    if (ec || !seen_roots.insert(canonical).second) return;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
    size_t visited = 0;  // entries of every kind: a walk from "/" must still end quickly
    for (; !ec && it != end && files.size() < limits.max_files && ++visited <= limits.max_entries; it.increment(ec)) {
      if (it->is_directory(ec)) {
        if (SkippedDirectory(it->path())) it.disable_recursion_pending();
        continue;
      }
      if (!Interesting(it->path())) continue;
      std::string relative = it->path().lexically_relative(root).generic_string();
      files.emplace(display_root.empty() ? relative : display_root + "/" + relative, it->path());
    }
  };
  for (const std::string& arg : paths) {
    if (arg == "-" || arg.empty()) continue;
    fs::path path(arg);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::string display = path.generic_string();
      while (display.size() > 1 && display.back() == '/') display.pop_back();
      walk(path, display);
    } else if (fs::is_regular_file(path, ec)) {
      // A named script: its folder is the workflow's (the definitions and code next to it).
      fs::path parent = path.parent_path();
      walk(parent.empty() ? fs::path(".") : parent, parent.generic_string());
      if (Interesting(path)) files.emplace(path.generic_string(), path);
    }
  }
  RepositoryEvidence evidence;
  for (const auto& [display, path] : files) ScanFile(path, display, catalog, limits, evidence);
  return evidence;
}

const RepositoryEvidence& RepositoryEvidenceCache::Get(const Catalog& catalog) const {
  std::call_once(once_, [&] { evidence_ = ScanRepository(paths_, catalog); });
  return evidence_;
}

std::shared_ptr<const GeneratedPolicy> RepositoryEvidenceCache::Replacement(
    std::string_view managed_policy_name, const std::function<std::optional<GeneratedPolicy>()>& make) const {
  std::lock_guard lock(replacements_mutex_);
  auto it = replacements_.find(managed_policy_name);
  if (it == replacements_.end()) {
    std::optional<GeneratedPolicy> made = make();
    std::shared_ptr<const GeneratedPolicy> shared = made ? std::make_shared<const GeneratedPolicy>(std::move(*made)) : nullptr;
    it = replacements_.emplace(std::string(managed_policy_name), std::move(shared)).first;
  }
  return it->second;
}

}  // namespace slim
