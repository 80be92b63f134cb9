// Tests for the embedded AWS knowledge base (src/catalog/, data in rules/catalog/).
#include "catalog/catalog.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "util/strings.h"

namespace slim {
namespace {

namespace fs = std::filesystem;

const Catalog& C() { return Catalog::Embedded(); }

fs::path CatalogDir() { return fs::path(SLIM_SOURCE_DIR) / "rules" / "catalog"; }

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void WriteFile(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

// A fresh copy of rules/catalog in a temporary directory, for the --catalog DIR tests.
class TempCatalogDir {
 public:
  explicit TempCatalogDir(const std::string& tag) {
    path_ = fs::temp_directory_path() / ("slim_catalog_test_" + tag + "_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    fs::remove_all(path_);
    fs::create_directories(path_);
    for (const auto& entry : fs::directory_iterator(CatalogDir())) {
      fs::copy_file(entry.path(), path_ / entry.path().filename());
    }
  }
  ~TempCatalogDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// --- actions -----------------------------------------------------------------------------------

TEST(CatalogActions, LookupIsCaseInsensitiveAndCanonical) {
  const ActionInfo* a = C().FindAction("s3:getobject");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "GetObject");
  EXPECT_EQ(a->service_prefix, "s3");
  EXPECT_EQ(a->access_level, AccessLevel::kRead);
  EXPECT_EQ(a->FullName(), "s3:GetObject");
  EXPECT_EQ(C().FindAction("S3", "GETOBJECT"), a);
  const ServiceInfo* s3 = C().FindService("S3");
  ASSERT_NE(s3, nullptr);
  EXPECT_EQ(s3->prefix, "s3");
  EXPECT_EQ(s3->name(), "Amazon S3");
  EXPECT_EQ(s3->DocumentationUrl(), "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html");
  EXPECT_EQ(C().FindAction("s3GetObject"), nullptr);
  EXPECT_EQ(C().FindAction("nosuchservice:GetObject"), nullptr);
  EXPECT_EQ(C().FindService(""), nullptr);
}

TEST(CatalogActions, UnknownActionGetsARealSuggestion) {
  EXPECT_EQ(C().FindAction("s3:ListBucketByTags"), nullptr);
  auto suggestion = C().SuggestAction("s3", "ListBucketByTags");
  ASSERT_TRUE(suggestion.has_value());
  EXPECT_TRUE(StartsWith(*suggestion, "s3:")) << *suggestion;
  EXPECT_NE(C().FindAction(*suggestion), nullptr) << *suggestion;
  EXPECT_EQ(C().SuggestAction("s3", "GetObjekt"), "s3:GetObject");
  EXPECT_EQ(C().SuggestAction("nosuchservice", "GetObject"), std::nullopt);
  EXPECT_EQ(C().SuggestAction("s3", "CompletelyUnrelatedNameXyzzy"), std::nullopt);
}

TEST(CatalogActions, ServiceSuggestions) {
  EXPECT_EQ(C().SuggestService("lamda"), "lambda");
  EXPECT_EQ(C().SuggestService("dynamdb"), "dynamodb");
  // boto3 client names whose IAM prefix differs.
  EXPECT_EQ(C().SuggestService("stepfunctions"), "states");
  EXPECT_EQ(C().SuggestService("efs"), "elasticfilesystem");
  EXPECT_EQ(C().SuggestService("qqqqqqqqqqqq"), std::nullopt);
}

TEST(CatalogActions, WildcardExpansion) {
  auto gets = C().ExpandAction("s3:Get*");
  ASSERT_GT(gets.size(), 0u);
  for (const ActionInfo* a : gets) {
    EXPECT_EQ(a->service_prefix, "s3");
    EXPECT_TRUE(StartsWith(a->name, "Get")) << a->name;
  }
  EXPECT_EQ(C().ExpandAction("S3:gEt*").size(), gets.size());
  EXPECT_EQ(C().ExpandAction("s3:*").size(), C().FindService("s3")->actions.size());

  auto all = C().ExpandAction("*");
  EXPECT_EQ(all.size(), 20912u);
  EXPECT_EQ(C().ExpandAction("*:*").size(), 20912u);
  std::set<std::string> unique;
  for (const ActionInfo* a : all) unique.insert(ToLower(a->FullName()));
  EXPECT_EQ(unique.size(), 20912u);

  auto any_get = C().ExpandAction("*:Get*");
  EXPECT_GT(any_get.size(), gets.size());
  bool has_get_object = false;
  for (const ActionInfo* a : any_get) {
    EXPECT_TRUE(StartsWithIgnoreCase(a->name, "Get")) << a->FullName();  // apigateway:GET matches too
    has_get_object |= a->FullName() == "s3:GetObject";
  }
  EXPECT_TRUE(has_get_object);

  auto question = C().ExpandAction("s3:?etObject");
  ASSERT_FALSE(question.empty());
  bool found = false;
  for (const ActionInfo* a : question) found |= a->name == "GetObject";
  EXPECT_TRUE(found);

  EXPECT_EQ(C().ExpandAction("s3:GetObject").size(), 1u);
  EXPECT_TRUE(C().ExpandAction("nosuch:*").empty());
  EXPECT_TRUE(C().ExpandAction("s3:NoSuch*").empty());
  EXPECT_TRUE(C().ExpandAction("").empty());
  EXPECT_TRUE(C().ExpandAction("s3:Get:*").empty());
  // A wildcard in the prefix: s3 and s3express, s3-object-lambda, ...
  auto s3_family = C().ExpandAction("s3*:GetObject");
  EXPECT_GE(s3_family.size(), 2u);
}

TEST(CatalogActions, ServicePrefixesAndCounts) {
  auto prefixes = C().ServicePrefixes();
  EXPECT_EQ(prefixes.size(), 450u);
  EXPECT_TRUE(std::is_sorted(prefixes.begin(), prefixes.end(),
                             [](std::string_view a, std::string_view b) { return ToLower(a) < ToLower(b); }));
  size_t total = 0;
  for (std::string_view p : prefixes) {
    const ServiceInfo* s = C().FindService(p);
    ASSERT_NE(s, nullptr) << p;
    EXPECT_EQ(s->prefix, p);
    total += s->actions.size();
    // The embedded copy is trusted to be sorted (no check at run time): binary search must find all.
    for (const ActionInfo& a : s->actions) ASSERT_EQ(C().FindAction(p, a.name), &a) << a.FullName();
    for (const ResourceTypeInfo& r : s->resource_types) ASSERT_EQ(s->FindResourceType(r.name), &r) << r.name;
    for (const ConditionKeyInfo& k : s->condition_keys) ASSERT_EQ(s->FindConditionKey(k.name), &k) << k.name;
  }
  EXPECT_EQ(total, 20912u);
}

TEST(CatalogActions, AccessLevels) {
  EXPECT_EQ(C().FindAction("s3:ListAllMyBuckets")->access_level, AccessLevel::kList);
  EXPECT_EQ(C().FindAction("s3:GetObject")->access_level, AccessLevel::kRead);
  EXPECT_EQ(C().FindAction("s3:PutObject")->access_level, AccessLevel::kWrite);
  EXPECT_EQ(C().FindAction("s3:PutBucketPolicy")->access_level, AccessLevel::kPermissionsManagement);
  EXPECT_EQ(C().FindAction("s3:PutObjectTagging")->access_level, AccessLevel::kTagging);
  EXPECT_EQ(AccessLevelName(AccessLevel::kList), "List");
  EXPECT_EQ(AccessLevelName(AccessLevel::kRead), "Read");
  EXPECT_EQ(AccessLevelName(AccessLevel::kWrite), "Write");
  EXPECT_EQ(AccessLevelName(AccessLevel::kPermissionsManagement), "Permissions management");
  EXPECT_EQ(AccessLevelName(AccessLevel::kTagging), "Tagging");
  EXPECT_EQ(ParseAccessLevel("permissions management"), AccessLevel::kPermissionsManagement);

  const ActionInfo* pass_role = C().FindAction("iam:PassRole");
  ASSERT_NE(pass_role, nullptr);
  EXPECT_TRUE(pass_role->permission_only);
  EXPECT_FALSE(C().FindAction("s3:GetObject")->permission_only);

  size_t counts[5] = {};
  size_t permission_only = 0;
  for (const ActionInfo* a : C().ExpandAction("*")) {
    counts[static_cast<int>(a->access_level)]++;
    permission_only += a->permission_only;
  }
  EXPECT_EQ(counts[static_cast<int>(AccessLevel::kWrite)], 10753u);
  EXPECT_EQ(counts[static_cast<int>(AccessLevel::kRead)], 5560u);
  EXPECT_EQ(counts[static_cast<int>(AccessLevel::kList)], 3497u);
  EXPECT_EQ(counts[static_cast<int>(AccessLevel::kTagging)], 705u);
  EXPECT_EQ(counts[static_cast<int>(AccessLevel::kPermissionsManagement)], 397u);
  EXPECT_EQ(permission_only, 1388u);
}

TEST(CatalogActions, ActionFields) {
  const ActionInfo* get = C().FindAction("s3:GetObject");
  auto rts = get->resource_types().ToVector();
  ASSERT_EQ(rts.size(), 2u);
  EXPECT_EQ(rts[0].name, "accesspointobject");
  EXPECT_EQ(rts[1].name, "object");
  EXPECT_FALSE(rts[1].required);  // AWS documents s3:GetObject's object without '*'
  EXPECT_FALSE(get->HasRequiredResourceType());
  EXPECT_TRUE(get->condition_keys().ContainsIgnoreCase("s3:signatureAge"));

  const ActionInfo* put_policy = C().FindAction("s3:PutBucketPolicy");
  EXPECT_TRUE(put_policy->HasRequiredResourceType());

  // Per-resource dependent actions: access-analyzer:CreateAnalyzer needs iam:CreateServiceLinkedRole.
  const ActionInfo* analyzer = C().FindAction("access-analyzer:CreateAnalyzer");
  ASSERT_NE(analyzer, nullptr);
  auto analyzer_rts = analyzer->resource_types().ToVector();
  ASSERT_EQ(analyzer_rts.size(), 1u);
  EXPECT_TRUE(analyzer_rts[0].required);
  EXPECT_TRUE(analyzer_rts[0].dependent_actions.ContainsIgnoreCase("iam:CreateServiceLinkedRole"));
  // Request-level dependent actions.
  const ActionInfo* generation = C().FindAction("access-analyzer:StartPolicyGeneration");
  ASSERT_NE(generation, nullptr);
  EXPECT_TRUE(generation->dependent_actions().ContainsIgnoreCase("iam:PassRole"));
  // Resource type names may contain spaces.
  bool found_space = false;
  for (const ActionInfo* a : C().ExpandAction("*")) {
    ActionResourceTypes types = a->resource_types();
    for (auto it = types.begin(); it != types.end(); ++it) {
      ActionResourceType rt = *it;
      ASSERT_FALSE(rt.name.empty()) << a->FullName();
      found_space |= rt.name.find(' ') != std::string_view::npos;
    }
  }
  EXPECT_TRUE(found_space);
}

TEST(CatalogActions, ResourceTypes) {
  const ResourceTypeInfo* bucket = C().FindResourceType("s3", "bucket");
  ASSERT_NE(bucket, nullptr);
  EXPECT_EQ(bucket->arn_formats.front(), "arn:${Partition}:s3:::${BucketName}");
  EXPECT_TRUE(bucket->condition_keys.ContainsIgnoreCase("s3:BucketTag/${TagKey}"));
  EXPECT_EQ(C().FindResourceType("S3", "BUCKET"), bucket);
  EXPECT_EQ(C().FindResourceType("s3", "nosuchtype"), nullptr);
  // Two ARN formats where two doc pages share a prefix.
  const ResourceTypeInfo* authorizer = C().FindResourceType("apigateway", "Authorizer");
  ASSERT_NE(authorizer, nullptr);
  EXPECT_EQ(authorizer->arn_formats.size(), 2u);
}

TEST(CatalogActions, RemovedActions) {
  EXPECT_EQ(C().FindAction("deepracer:ListModels"), nullptr);
  const RemovedAction* removed = C().FindRemovedAction("DeepRacer:listmodels");
  ASSERT_NE(removed, nullptr);
  EXPECT_EQ(removed->full_name, "deepracer:ListModels");
  EXPECT_EQ(removed->service_prefix, "deepracer");
  EXPECT_EQ(removed->name, "ListModels");
  EXPECT_EQ(removed->last_seen.size(), 10u);
  EXPECT_EQ(removed->access_level, AccessLevel::kRead);
  EXPECT_EQ(C().FindRemovedAction("s3:GetObject"), nullptr);
}

// --- condition keys and operators ----------------------------------------------------------------

TEST(CatalogConditionKeys, ServiceKeyTypes) {
  const ConditionKeyInfo* age = C().FindServiceConditionKey("s3:signatureAge");
  ASSERT_NE(age, nullptr);
  EXPECT_EQ(age->type, ConditionKeyType::kNumeric);
  EXPECT_EQ(age->name, "s3:signatureAge");
  EXPECT_EQ(C().FindServiceConditionKey("S3:SIGNATUREAGE"), age);
  EXPECT_EQ(C().FindServiceConditionKey("s3:prefix")->type, ConditionKeyType::kString);
  EXPECT_EQ(C().FindServiceConditionKey("s3:RequestObjectTagKeys")->type, ConditionKeyType::kArrayOfString);
  EXPECT_EQ(C().FindServiceConditionKey("s3:ResourceAccount")->service_prefix, "s3");

  const ConditionKeyInfo* tag = C().FindServiceConditionKey("s3:RequestObjectTag/env");
  ASSERT_NE(tag, nullptr);
  EXPECT_EQ(tag->name, "s3:RequestObjectTag/<key>");
  EXPECT_TRUE(tag->templated);
  EXPECT_EQ(C().FindServiceConditionKey("s3:RequestObjectTag/"), nullptr);  // the placeholder needs a value

  const ConditionKeyInfo* request_tag = C().FindServiceConditionKey("aws:RequestTag/env");
  ASSERT_NE(request_tag, nullptr);
  EXPECT_EQ(request_tag->name, "aws:RequestTag/${TagKey}");
  EXPECT_EQ(request_tag->type, ConditionKeyType::kString);

  // Keys defined in another service's section: catalog:ChangeType lives in aws-marketplace.
  const ConditionKeyInfo* change = C().FindServiceConditionKey("catalog:ChangeType");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->service_prefix, "aws-marketplace");
  // Keys with a placeholder in the middle.
  EXPECT_NE(C().FindServiceConditionKey("codebuild:secondarySources/src1.location"), nullptr);
  // Alternative types where pages disagree.
  const ConditionKeyInfo* listener = C().FindServiceConditionKey("elasticloadbalancing:ListenerProtocol");
  ASSERT_NE(listener, nullptr);
  EXPECT_EQ(listener->types.size(), 2u);

  EXPECT_EQ(C().FindServiceConditionKey("s3:nosuchkey"), nullptr);
  EXPECT_EQ(C().FindServiceConditionKey("nosuchservice:key"), nullptr);
  EXPECT_EQ(C().FindServiceConditionKey("nocolon"), nullptr);
}

TEST(CatalogConditionKeys, GlobalKeys) {
  const GlobalConditionKeyInfo* now = C().FindGlobalConditionKey("aws:CurrentTime");
  ASSERT_NE(now, nullptr);
  EXPECT_EQ(now->type, ConditionKeyType::kDate);
  EXPECT_EQ(C().FindGlobalConditionKey("AWS:currenttime"), now);

  const GlobalConditionKeyInfo* tag = C().FindGlobalConditionKey("aws:RequestTag/env");
  ASSERT_NE(tag, nullptr);
  EXPECT_EQ(tag->name, "aws:RequestTag/${TagKey}");

  const GlobalConditionKeyInfo* epoch = C().FindGlobalConditionKey("aws:EpochTime");
  ASSERT_NE(epoch, nullptr);
  EXPECT_TRUE(epoch->AllowsType(ConditionKeyType::kDate));
  EXPECT_TRUE(epoch->AllowsType(ConditionKeyType::kNumeric));

  const GlobalConditionKeyInfo* owner = C().FindGlobalConditionKey("aws:SourceOwner");
  ASSERT_NE(owner, nullptr);
  EXPECT_TRUE(owner->deprecated);
  EXPECT_NE(owner->deprecation_advice.find("aws:SourceAccount"), std::string_view::npos);

  const GlobalConditionKeyInfo* org_paths = C().FindGlobalConditionKey("aws:PrincipalOrgPaths");
  ASSERT_NE(org_paths, nullptr);
  EXPECT_TRUE(org_paths->multivalued);
  EXPECT_TRUE(C().FindGlobalConditionKey("aws:PrincipalOrgID")->sensitive);
  EXPECT_EQ(C().FindGlobalConditionKey("aws:NoSuchKey"), nullptr);
  EXPECT_EQ(C().GlobalConditionKeys().size(), 63u);
}

TEST(CatalogConditionKeys, Operators) {
  const ConditionOperatorInfo* like = C().FindConditionOperator("StringLike");
  ASSERT_NE(like, nullptr);
  EXPECT_EQ(like->family, ConditionOperatorFamily::kString);
  EXPECT_TRUE(like->accepts_wildcards);
  EXPECT_FALSE(like->if_exists);
  EXPECT_FALSE(C().FindConditionOperator("StringEquals")->accepts_wildcards);
  EXPECT_TRUE(C().FindConditionOperator("ArnLike")->accepts_wildcards);
  EXPECT_TRUE(C().FindConditionOperator("DateGreaterThanIfExists")->if_exists);
  EXPECT_EQ(C().FindConditionOperator("stringlike"), like);  // canonical spelling returned
  EXPECT_EQ(C().FindConditionOperator("StringMatches"), nullptr);

  auto parsed = C().ParseConditionOperator("ForAnyValue:StringLikeIfExists");
  ASSERT_NE(parsed.info, nullptr);
  EXPECT_EQ(parsed.info->name, "StringLikeIfExists");
  EXPECT_EQ(parsed.set_operator, "ForAnyValue");
  ASSERT_NE(parsed.set_info, nullptr);
  EXPECT_EQ(parsed.set_info->family, ConditionOperatorFamily::kSetOperator);
  EXPECT_EQ(C().ParseConditionOperator("ForSomeValues:StringLike").set_info, nullptr);
}

// --- managed policies -----------------------------------------------------------------------------

TEST(CatalogManagedPolicies, DeprecatedWithSuccessor) {
  const ManagedPolicy* lambda = C().FindManagedPolicyByName("AWSLambdaFullAccess");
  ASSERT_NE(lambda, nullptr);
  EXPECT_TRUE(lambda->deprecated);
  EXPECT_EQ(lambda->successor, "AWSLambda_FullAccess");
  EXPECT_EQ(lambda->arn, "arn:aws:iam::aws:policy/AWSLambdaFullAccess");
  const ManagedPolicy* successor = C().FindManagedPolicyByName(lambda->successor);
  ASSERT_NE(successor, nullptr);
  EXPECT_FALSE(successor->deprecated);

  EXPECT_EQ(C().FindManagedPolicyByName("AWSLambdaReadOnlyAccess")->successor, "AWSLambda_ReadOnlyAccess");
  // Curated (rules/gen/overrides/managed_policy_successors.json).
  EXPECT_EQ(C().FindManagedPolicyByName("AmazonEC2RoleforSSM")->successor, "AmazonSSMManagedInstanceCore");
  EXPECT_EQ(C().FindManagedPolicyByName("AmazonEC2ContainerServiceFullAccess")->successor, "AmazonECS_FullAccess");
  // Every successor exists and is not deprecated.
  size_t deprecated = 0;
  for (const ManagedPolicy* p : C().ManagedPolicies()) {
    deprecated += p->deprecated;
    if (p->successor.empty()) continue;
    const ManagedPolicy* s = C().FindManagedPolicyByName(p->successor);
    ASSERT_NE(s, nullptr) << p->name;
    EXPECT_FALSE(s->deprecated) << p->name;
  }
  EXPECT_EQ(deprecated, 75u);
  EXPECT_EQ(C().FindManagedPolicyByName("AWSLambda_FullAccess")->successor, "");
}

TEST(CatalogManagedPolicies, DocumentsParseAsJson) {
  const ManagedPolicy* sqs = C().FindManagedPolicyByName("AmazonSQSFullAccess");
  ASSERT_NE(sqs, nullptr);
  rapidjson::Document doc;
  doc.Parse(sqs->document_json.data(), sqs->document_json.size());
  ASSERT_FALSE(doc.HasParseError());
  ASSERT_TRUE(doc.IsObject());
  ASSERT_TRUE(doc.HasMember("Statement"));
  EXPECT_NE(sqs->document_json.find("\"sqs:*\""), std::string_view::npos);
  EXPECT_EQ(sqs->document_json.find('\n'), std::string_view::npos);

  auto all = C().ManagedPolicies();
  ASSERT_EQ(all.size(), 1644u);
  for (const ManagedPolicy* p : all) {
    ASSERT_FALSE(p->document_json.empty()) << p->name;
    EXPECT_EQ(p->document_json.front(), '{') << p->name;
    EXPECT_EQ(p->document_json.back(), '}') << p->name;
    // The line in the documents file starts with the name: the lengths line up.
    const char* name_start = p->document_json.data() - p->name.size() - 1;
    EXPECT_EQ(std::string_view(name_start, p->name.size()), p->name);
  }
  rapidjson::Document admin;
  const ManagedPolicy* administrator = C().FindManagedPolicyByName("AdministratorAccess");
  admin.Parse(administrator->document_json.data(), administrator->document_json.size());
  EXPECT_FALSE(admin.HasParseError());
}

TEST(CatalogManagedPolicies, LookupByArn) {
  const ManagedPolicy* batch = C().FindManagedPolicyByArn("arn:aws:iam::aws:policy/service-role/AWSBatchServiceRole");
  ASSERT_NE(batch, nullptr);
  EXPECT_EQ(batch->name, "AWSBatchServiceRole");
  EXPECT_EQ(batch->path, "/service-role/");
  EXPECT_EQ(batch->arn, "arn:aws:iam::aws:policy/service-role/AWSBatchServiceRole");
  EXPECT_EQ(C().FindManagedPolicyByArn("arn:aws-cn:iam::aws:policy/service-role/AWSBatchServiceRole"), batch);
  EXPECT_EQ(C().FindManagedPolicyByArn("arn:aws-us-gov:iam::aws:policy/service-role/AWSBatchServiceRole"), batch);
  // Matched by name even with a wrong path; the caller compares paths.
  EXPECT_EQ(C().FindManagedPolicyByArn("arn:aws:iam::aws:policy/AWSBatchServiceRole"), batch);
  auto parsed = ParseManagedPolicyArn("arn:aws:iam::aws:policy/AWSBatchServiceRole");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->path, "/");
  EXPECT_NE(parsed->path, batch->path);

  EXPECT_EQ(C().FindManagedPolicyByArn("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")->path, "/");
  EXPECT_EQ(C().FindManagedPolicyByArn("arn:aws:iam::123456789012:policy/AmazonS3ReadOnlyAccess"), nullptr);
  EXPECT_EQ(C().FindManagedPolicyByArn("arn:aws:iam::aws:role/AmazonS3ReadOnlyAccess"), nullptr);
  EXPECT_EQ(C().FindManagedPolicyByArn("AmazonS3ReadOnlyAccess"), nullptr);
  EXPECT_EQ(C().FindManagedPolicyByArn("arn:aws:iam::aws:policy/NoSuchPolicy"), nullptr);
  EXPECT_EQ(C().FindManagedPolicyByArn(""), nullptr);

  for (const char* name : {"AmazonEC2FullAccess", "AWSBatchFullAccess", "AmazonEC2ContainerRegistryFullAccess",
                           "AWSLambda_FullAccess", "AWSStepFunctionsFullAccess", "AmazonS3FullAccess",
                           "IAMReadOnlyAccess", "AWSLambdaRole", "AmazonEC2ContainerServiceforEC2Role",
                           "AWSLambdaVPCAccessExecutionRole"}) {
    const ManagedPolicy* p = C().FindManagedPolicyByName(name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_FALSE(p->arn.empty()) << name;
    EXPECT_EQ(C().FindManagedPolicyByArn(p->arn), p) << name;
  }
}

TEST(CatalogManagedPolicies, Suggestions) {
  EXPECT_EQ(C().FindManagedPolicyByName("amazons3readonlyaccess"), nullptr);  // exact spelling only
  EXPECT_EQ(C().SuggestManagedPolicy("amazons3readonlyaccess"), "AmazonS3ReadOnlyAccess");
  EXPECT_EQ(C().SuggestManagedPolicy("AmazonS3ReadOnlyAcess"), "AmazonS3ReadOnlyAccess");
  EXPECT_EQ(C().SuggestManagedPolicy("Zzzzzzzzzzzzzzzzzzzzzzzzz"), std::nullopt);
}

// --- evidence -------------------------------------------------------------------------------------

TEST(CatalogEvidence, ActionsUsedOnlyByManagedPolicies) {
  EXPECT_EQ(C().FindAction("agent-registry:CreateRegistryRecord"), nullptr);
  auto policies = C().ManagedPolicyEvidenceForAction("agent-registry:createregistryrecord");
  ASSERT_FALSE(policies.empty());
  for (std::string_view name : policies) EXPECT_NE(C().FindManagedPolicyByName(name), nullptr) << name;

  EXPECT_FALSE(C().ManagedPolicyEvidenceForService("agent-registry").empty());
  EXPECT_TRUE(C().ManagedPolicyEvidenceForService("s3").empty());
  EXPECT_TRUE(C().ManagedPolicyEvidenceForAction("s3:GetObject").empty());
  EXPECT_TRUE(C().ManagedPolicyEvidenceForAction("s3:ListBucketByTags").empty());

  // A removed action still used by a current managed policy is evidenced too.
  auto racer = C().ManagedPolicyEvidenceForAction("deepracer:ListModels");
  ASSERT_FALSE(racer.empty());

  // Consistency: evidenced actions are exactly the ones the catalog lacks, and services likewise.
  const auto& table = C().ManagedPolicyEvidenceData();
  EXPECT_GT(table.Actions().size(), 300u);
  std::set<std::string> current_policies;
  for (const ManagedPolicyEvidence& e : table.Actions()) {
    EXPECT_EQ(C().FindAction(e.name), nullptr) << e.name;
    EXPECT_GE(e.policy_count, e.policies.size());
    EXPECT_LE(e.policies.size(), 3u);
    for (std::string_view name : e.policies) {
      const ManagedPolicy* p = C().FindManagedPolicyByName(name);
      ASSERT_NE(p, nullptr) << name;
      if (!p->deprecated) current_policies.insert(std::string(name));
    }
  }
  for (const ManagedPolicyEvidence& e : table.Services()) EXPECT_EQ(C().FindService(e.name), nullptr) << e.name;
  EXPECT_GT(current_policies.size(), 50u);
}

// --- service principals ---------------------------------------------------------------------------

TEST(CatalogServicePrincipals, KnownAndSuggested) {
  EXPECT_TRUE(C().IsKnownServicePrincipal("lambda.amazonaws.com"));
  EXPECT_TRUE(C().IsKnownServicePrincipal("ec2.amazonaws.com"));
  EXPECT_TRUE(C().IsKnownServicePrincipal("ec2.amazonaws.com.cn"));
  EXPECT_FALSE(C().IsKnownServicePrincipal("lamda.amazonaws.com"));
  EXPECT_EQ(C().SuggestServicePrincipal("lamda.amazonaws.com"), "lambda.amazonaws.com");
  EXPECT_EQ(C().SuggestServicePrincipal("Lambda.amazonaws.com"), "lambda.amazonaws.com");
  EXPECT_EQ(C().SuggestServicePrincipal("ec3.amazonaws.com"), "ec2.amazonaws.com");
  EXPECT_EQ(C().SuggestServicePrincipal("qqqqqqqqqqqqqq.amazonaws.com"), std::nullopt);
  const ServicePrincipalInfo* info = C().FindServicePrincipal("lambda.amazonaws.com");
  ASSERT_NE(info, nullptr);
  EXPECT_TRUE(info->sources.ContainsIgnoreCase("cloudsplaining"));
}

// --- risk data and the SDK map --------------------------------------------------------------------

TEST(CatalogRisk, ParsesAndIsConsistent) {
  const RiskData& risk = C().Risk();
  EXPECT_EQ(risk.privilege_escalation.size(), 86u);
  bool found = false;
  for (const auto& m : risk.privilege_escalation) {
    EXPECT_FALSE(m.id.empty());
    EXPECT_FALSE(m.actions_all_of.empty()) << m.id;
    if (m.id == "iam-create-access-key") {
      found = true;
      EXPECT_EQ(m.actions_all_of, std::vector<std::string_view>{"iam:CreateAccessKey"});
    }
    for (const auto& action : m.actions_all_of) {
      bool known = C().FindAction(action) != nullptr;
      bool flagged = std::find(m.actions_not_in_catalog.begin(), m.actions_not_in_catalog.end(), action) !=
                     m.actions_not_in_catalog.end();
      EXPECT_TRUE(known || flagged) << m.id << ": " << action;
    }
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(risk.data_exfiltration_actions.size(), 5u);
  EXPECT_EQ(risk.credentials_exposure_actions.size(), 45u);
  EXPECT_EQ(risk.credentials_not_in_catalog.size(), 4u);
  EXPECT_EQ(risk.compute_service_principals.size(), 5u);
  EXPECT_EQ(risk.SeverityOf("PrivilegeEscalation"), "high");
  bool codebuild = false;
  for (const auto& [principal, sources] : risk.role_consuming_principals) codebuild |= principal == "codebuild.amazonaws.com";
  EXPECT_TRUE(codebuild);
  const PrivilegeEscalationMethod* update_project = risk.FindMethod("codebuild-passrole-update-project");
  ASSERT_NE(update_project, nullptr);
  ASSERT_EQ(update_project->actions_any_of.size(), 1u);
  EXPECT_EQ(update_project->actions_any_of[0].size(), 2u);
  EXPECT_EQ(risk.credentials_not_in_catalog[1].likely_intended, "gamelift:GetComputeAccess");
}

TEST(CatalogSdkMap, Boto3AndCli) {
  const SdkMap& sdk = C().Sdk();
  EXPECT_EQ(sdk.ServiceNames().size(), 424u);
  const SdkOperation* send = sdk.FindOperation("sqs", "send_message");
  ASSERT_NE(send, nullptr);
  EXPECT_EQ(send->name, "SendMessage");
  EXPECT_EQ(send->python_name, "send_message");
  EXPECT_EQ(send->CliName(), "send-message");
  ASSERT_FALSE(send->actions.empty());
  EXPECT_EQ(send->actions[0].FullName(), "sqs:SendMessage");
  EXPECT_EQ(sdk.FindOperation("sqs", "SendMessage"), send);
  EXPECT_EQ(sdk.FindOperation("sqs", "send-message"), send);

  const SdkService* s3api = sdk.FindCliService("s3api");
  ASSERT_NE(s3api, nullptr);
  EXPECT_EQ(s3api->boto3_name, "s3");
  const SdkOperation* get = s3api->FindOperation("get-object");
  ASSERT_NE(get, nullptr);
  EXPECT_EQ(get->actions[0].FullName(), "s3:GetObject");
  ASSERT_FALSE(get->forward_access.empty());
  EXPECT_EQ(get->forward_access[0].action, "kms:Decrypt");
  EXPECT_TRUE(StartsWith(*get->forward_access[0].context.front(), "kms:ViaService="));

  const SdkService* sfn = sdk.FindService("stepfunctions");
  ASSERT_NE(sfn, nullptr);
  EXPECT_EQ(sfn->iam_prefix, "states");
  EXPECT_EQ(sdk.IamPrefixOf("efs"), "elasticfilesystem");
  EXPECT_EQ(sdk.ResolveCliServiceName("configservice"), "config");

  const SdkOperation* create = sdk.FindOperation("lambda", "create_function");
  ASSERT_NE(create, nullptr);
  std::vector<std::string> actions;
  for (const SdkAction& a : create->actions) actions.push_back(a.FullName());
  EXPECT_NE(std::find(actions.begin(), actions.end(), "iam:PassRole"), actions.end());
  EXPECT_EQ(create->source, SdkMappingSource::kIamlive);

  const SdkOperation* who = sdk.FindOperation("sts", "get_caller_identity");
  ASSERT_NE(who, nullptr);
  EXPECT_TRUE(who->permissionless);
  EXPECT_FALSE(send->permissionless);

  // Python names botocore spells differently from the simple rule are stored explicitly.
  const SdkOperation* hits = sdk.FindOperation("mturk", "ListHITs");
  ASSERT_NE(hits, nullptr);
  EXPECT_EQ(hits->python_name, "list_hits");
  EXPECT_EQ(SimpleSnakeCase("ExportEC2InstanceRecommendations"), "export_ec2_instance_recommendations");
  EXPECT_EQ(SimpleSnakeCase("GetObject"), "get_object");

  EXPECT_EQ(sdk.FindService("nosuchservice"), nullptr);
  EXPECT_EQ(sdk.FindOperation("sqs", "no_such_operation"), nullptr);

  // Every mapped action of name_match operations exists in the action catalog.
  size_t checked = 0;
  for (std::string_view name : {"sqs", "s3", "dynamodb", "ec2"}) {
    for (const SdkOperation& op : sdk.FindService(name)->operations) {
      if (op.source != SdkMappingSource::kNameMatch) continue;
      for (const SdkAction& a : op.actions) {
        EXPECT_NE(C().FindAction(a.service_prefix, a.name), nullptr) << a.FullName();
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 0u);
}

// --- loading from a directory ---------------------------------------------------------------------

TEST(CatalogDirectory, SameAnswersAsEmbedded) {
  auto loaded = Catalog::LoadFromDirectory(CatalogDir());
  ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
  const Catalog& d = **loaded;
  const Catalog& e = C();

  EXPECT_EQ(d.ServicePrefixes(), std::vector<std::string_view>(e.ServicePrefixes()));
  auto all_d = d.ExpandAction("*");
  auto all_e = e.ExpandAction("*");
  ASSERT_EQ(all_d.size(), all_e.size());
  for (size_t i = 0; i < all_d.size(); ++i) {
    ASSERT_EQ(all_d[i]->FullName(), all_e[i]->FullName());
    ASSERT_EQ(all_d[i]->access_level, all_e[i]->access_level);
    ASSERT_EQ(all_d[i]->details, all_e[i]->details);
  }
  EXPECT_EQ(d.FindAction("s3:getobject")->name, "GetObject");
  EXPECT_EQ(d.FindServiceConditionKey("s3:signatureAge")->type, ConditionKeyType::kNumeric);
  EXPECT_EQ(d.FindGlobalConditionKey("aws:CurrentTime")->type, ConditionKeyType::kDate);
  EXPECT_EQ(d.FindResourceType("s3", "bucket")->arn_formats.raw(), e.FindResourceType("s3", "bucket")->arn_formats.raw());
  EXPECT_EQ(d.SuggestAction("s3", "ListBucketByTags"), e.SuggestAction("s3", "ListBucketByTags"));
  EXPECT_NE(d.FindRemovedAction("deepracer:ListModels"), nullptr);
  EXPECT_EQ(d.ManagedPolicyEvidenceForAction("agent-registry:CreateRegistryRecord"),
            e.ManagedPolicyEvidenceForAction("agent-registry:CreateRegistryRecord"));
  EXPECT_TRUE(d.IsKnownServicePrincipal("lambda.amazonaws.com"));
  EXPECT_EQ(d.SuggestServicePrincipal("lamda.amazonaws.com"), "lambda.amazonaws.com");
  EXPECT_EQ(d.Risk().privilege_escalation.size(), e.Risk().privilege_escalation.size());
  EXPECT_EQ(d.Sdk().FindOperation("sqs", "send_message")->actions[0].FullName(), "sqs:SendMessage");

  // Documents located by scanning (directory) and by recorded lengths (embedded) agree.
  auto pd = d.ManagedPolicies();
  auto pe = e.ManagedPolicies();
  ASSERT_EQ(pd.size(), pe.size());
  for (size_t i = 0; i < pd.size(); ++i) {
    ASSERT_EQ(pd[i]->name, pe[i]->name);
    ASSERT_EQ(pd[i]->arn, pe[i]->arn);
    ASSERT_EQ(pd[i]->successor, pe[i]->successor);
    ASSERT_EQ(pd[i]->deprecated, pe[i]->deprecated);
    ASSERT_EQ(pd[i]->document_json, pe[i]->document_json) << pd[i]->name;
  }
  EXPECT_EQ(d.FindManagedPolicyByArn("arn:aws:iam::aws:policy/service-role/AWSBatchServiceRole")->name,
            "AWSBatchServiceRole");
}

TEST(CatalogDirectory, MissingOrBadDirectoryIsAnError) {
  auto missing = Catalog::LoadFromDirectory("/nonexistent/slim/catalog");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("does not exist"), std::string::npos);

  auto not_dir = Catalog::LoadFromDirectory(CatalogDir() / "iam_actions.txt");
  ASSERT_FALSE(not_dir.ok());

  TempCatalogDir empty_case("empty");
  for (const auto& entry : fs::directory_iterator(empty_case.path())) fs::remove(entry.path());
  auto empty = Catalog::LoadFromDirectory(empty_case.path());
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.error().path.find("iam_actions.txt"), std::string::npos) << empty.error().ToString();

  TempCatalogDir missing_file("missing_file");
  fs::remove(missing_file.path() / "sdk_map.txt");
  auto no_sdk = Catalog::LoadFromDirectory(missing_file.path());
  ASSERT_FALSE(no_sdk.ok());
  EXPECT_NE(no_sdk.error().path.find("sdk_map.txt"), std::string::npos);

  TempCatalogDir garbage("garbage");
  WriteFile(garbage.path() / "iam_actions.txt", "this is not a catalog\n\x01\x02\xff");
  auto bad = Catalog::LoadFromDirectory(garbage.path());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().path.find("iam_actions.txt"), std::string::npos);

  TempCatalogDir no_sections("no_sections");
  WriteFile(no_sections.path() / "iam_actions.txt", "# slim-lint catalog: IAM actions (format v1)\nI\ts3\t100\n");
  auto none = Catalog::LoadFromDirectory(no_sections.path());
  ASSERT_FALSE(none.ok());

  TempCatalogDir bad_risk("bad_risk");
  WriteFile(bad_risk.path() / "risk_actions.tsv", "# slim-lint catalog: risk (format v1)\nMangled line\n");
  auto risk = Catalog::LoadFromDirectory(bad_risk.path());
  ASSERT_FALSE(risk.ok());
  EXPECT_NE(risk.error().path.find("risk_actions.tsv"), std::string::npos);
  EXPECT_EQ(risk.error().position.line, 2u);

  TempCatalogDir truncated("truncated");
  std::string docs = ReadFile(truncated.path() / "managed_policy_documents.txt");
  WriteFile(truncated.path() / "managed_policy_documents.txt", docs.substr(0, docs.size() / 2));
  auto half = Catalog::LoadFromDirectory(truncated.path());
  ASSERT_FALSE(half.ok());
  EXPECT_NE(half.error().message.find("no document"), std::string::npos) << half.error().ToString();
}

TEST(CatalogDirectory, HandEditedFilesStillWork) {
  // Adding an action without regenerating breaks the recorded section lengths: the reader falls
  // back to scanning and the sort order is repaired.
  TempCatalogDir edited("edited");
  std::string text = ReadFile(edited.path() / "iam_actions.txt");
  size_t s3 = text.find("\nS\ts3\t");
  ASSERT_NE(s3, std::string::npos);
  size_t end_of_header = text.find('\n', s3 + 1);
  text.insert(end_of_header + 1, "A\tZzzCustomAction\tR\tbucket*\n");
  WriteFile(edited.path() / "iam_actions.txt", text);
  auto loaded = Catalog::LoadFromDirectory(edited.path());
  ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
  const ActionInfo* custom = (*loaded)->FindAction("s3:zzzcustomaction");
  ASSERT_NE(custom, nullptr);
  EXPECT_EQ(custom->access_level, AccessLevel::kRead);
  EXPECT_NE((*loaded)->FindAction("s3:GetObject"), nullptr);
  EXPECT_NE((*loaded)->FindAction("sqs:SendMessage"), nullptr);
  EXPECT_EQ((*loaded)->ExpandAction("*").size(), 20913u);
}

TEST(CatalogDirectory, EmptyTextsAreSafe) {
  // What a build without rules/catalog would embed: every lookup answers "unknown", nothing crashes.
  ActionCatalog actions("");
  EXPECT_EQ(actions.FindAction("s3:GetObject"), nullptr);
  EXPECT_TRUE(actions.ExpandAction("*").empty());
  EXPECT_EQ(actions.FindConditionKey("s3:prefix"), nullptr);
  EXPECT_EQ(actions.SuggestService("s3"), std::nullopt);
  EXPECT_TRUE(actions.Validate().has_value());
  ManagedPolicyCatalog policies("", "", false);
  EXPECT_EQ(policies.FindByName("AdministratorAccess"), nullptr);
  EXPECT_EQ(policies.size(), 0u);
  EXPECT_TRUE(policies.Validate().has_value());
  SdkMap sdk("");
  EXPECT_EQ(sdk.FindOperation("s3", "get_object"), nullptr);
  EXPECT_FALSE(ParseRiskData("").ok());
  EXPECT_EQ(ServicePrincipalTable("").Find("lambda.amazonaws.com"), nullptr);
  EXPECT_EQ(GlobalConditionKeyTable("").Find("aws:SourceIp"), nullptr);
  EXPECT_EQ(ConditionOperatorTable("").Find("StringLike"), nullptr);
  EXPECT_EQ(RemovedActionTable("").Find("a:b"), nullptr);
  EXPECT_EQ(ManagedPolicyEvidenceTable("").ForAction("a:b"), nullptr);
}

TEST(CatalogThreads, ConcurrentFirstLookups) {
  auto loaded = Catalog::LoadFromDirectory(CatalogDir());
  ASSERT_TRUE(loaded.ok());
  const Catalog& catalog = **loaded;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&catalog, &failures, t] {
      const char* actions[] = {"s3:GetObject", "ec2:RunInstances", "iam:PassRole", "sqs:SendMessage", "lambda:InvokeFunction"};
      for (int i = 0; i < 5; ++i) {
        if (!catalog.FindAction(actions[(i + t) % 5])) failures++;
      }
      if (catalog.ExpandAction("*").size() != 20912u) failures++;
      if (!catalog.FindManagedPolicyByName("AdministratorAccess")) failures++;
      if (!catalog.FindServiceConditionKey("s3:prefix")) failures++;
      if (!catalog.Sdk().FindOperation("s3", "get_object")) failures++;
      if (catalog.Risk().privilege_escalation.empty()) failures++;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace slim
