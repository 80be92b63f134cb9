// Least-privilege replacements for *FullAccess grants: the boto3 and Step Functions scans, the
// policy generator, and the documents generated for the least-privilege-seed scenario.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "catalog/catalog.h"
#include "json/json_parser.h"
#include "least_privilege/asl_scan.h"
#include "least_privilege/boto3_scan.h"
#include "least_privilege/policy_generator.h"
#include "least_privilege/repository_scan.h"
#include "model/managed_documents.h"
#include "model/permission_set.h"
#include "temp_dir.h"
#include "test_support.h"

namespace slim::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Calls(std::string_view python) {
  std::vector<std::string> out;
  for (const Boto3Call& call : ScanBoto3(python)) out.push_back(call.service + "." + call.method);
  return out;
}

TEST(Boto3Scan, FindsClientCallsThroughVariablesAndChains) {
  auto calls = Calls(R"py(
import boto3
sqs = boto3.client("sqs")
self.batch = boto3.session.Session().client(service_name='batch', region_name="us-east-1")
def handler(event, context):
    sqs.send_message(QueueUrl="https://sqs.us-east-1.amazonaws.com/123456789012/done", MessageBody="x")
    self.batch.submit_job(jobName="a", jobQueue="q", jobDefinition="d")
    boto3.client("stepfunctions").start_execution(stateMachineArn=arn)
    pages = boto3.client("s3").get_paginator("list_objects_v2")
)py");
  EXPECT_EQ(calls, (std::vector<std::string>{"sqs.send_message", "batch.submit_job", "stepfunctions.start_execution",
                                             "s3.list_objects_v2"}));
}

TEST(Boto3Scan, IgnoresCommentsStringsAndOtherObjects) {
  auto calls = Calls(R"py(
import boto3
sqs = boto3.client("sqs")
# sqs.delete_queue(QueueUrl=url)
doc = "sqs.purge_queue(QueueUrl=url)"
'''sqs.delete_message(x)'''
other.send_message(1)
sqs == boto3.client("sns")
)py");
  EXPECT_TRUE(calls.empty()) << calls.size();
}

TEST(Boto3Scan, FollowsResourcesAndSubResources) {
  auto calls = Calls(R"py(
s3 = boto3.resource("s3")
bucket = s3.Bucket("results")
bucket.download_file("k", "/tmp/k")
s3.Object("results", "k").put(Body=b"")
for o in bucket.objects.filter(Prefix="a/"):
    pass
)py");
  EXPECT_EQ(calls, (std::vector<std::string>{"s3.download_file", "s3.put", "s3.objects.filter"}));
}

TEST(Boto3Scan, KeepsLiteralKeywordArguments) {
  auto calls = ScanBoto3("c = boto3.client('sqs')\nc.send_message(QueueUrl='https://q', MessageBody=f'{x}', Delay=nested('a'))\n");
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].line, 2u);
  ASSERT_EQ(calls[0].keyword_strings.size(), 1u);  // the f-string is not a literal value
  EXPECT_EQ(calls[0].keyword_strings[0].first, "QueueUrl");
}

std::vector<std::string> Actions(const RepositoryEvidence& evidence) {
  std::vector<std::string> out;
  for (const EvidenceItem& item : evidence.Items()) out.push_back(item.action);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

TEST(Boto3Scan, MapsCallsToActionsThroughTheSdkMap) {
  RepositoryEvidence evidence;
  CollectPythonEvidence(R"py(
import boto3
sqs = boto3.client("sqs")
sqs.send_message(QueueUrl="https://sqs.eu-west-1.amazonaws.com/123456789012/done", MessageBody="x")
boto3.client("sts").get_caller_identity()
boto3.resource("s3").Bucket("b").upload_file("f", "k")
)py",
                        "handler.py", Catalog::Embedded(), evidence);
  EXPECT_EQ(Actions(evidence), (std::vector<std::string>{"s3:PutObject", "sqs:SendMessage"}));
  for (const EvidenceItem& item : evidence.Items()) {
    if (item.action == "sqs:SendMessage") {
      EXPECT_EQ(item.resources, (std::vector<std::string>{"arn:aws:sqs:eu-west-1:${aws:PrincipalAccount}:done"}));
    }
    EXPECT_EQ(item.source, EvidenceSource::kBoto3Code);
  }
}

TEST(AslScan, MapsServiceIntegrations) {
  JsonParseResult parsed = ParseJson(R"({
    "StartAt": "A",
    "States": {
      "A": {"Type": "Task", "Resource": "arn:aws:states:::batch:submitJob.sync",
            "Parameters": {"JobQueue": "q", "JobDefinition": "d", "JobName": "j"}, "Next": "B"},
      "B": {"Type": "Map", "ItemProcessor": {"StartAt": "C", "States": {
            "C": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true}}}, "Next": "D"},
      "D": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:getObject", "Next": "E"},
      "E": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
            "Parameters": {"QueueUrl.$": "$.queue", "MessageBody": "x"}, "End": true}
    }
  })");
  ASSERT_TRUE(parsed.root);
  ASSERT_TRUE(IsStateMachineDefinition(*parsed.root));
  std::vector<std::string> actions;
  for (const AslAction& a : ScanStateMachine(*parsed.root, Catalog::Embedded().Sdk())) {
    actions.push_back(a.action);
    if (a.action == "batch:SubmitJob") {
      EXPECT_EQ(a.resources, (std::vector<std::string>{"arn:aws:batch:*:${aws:PrincipalAccount}:job-definition/d:*",
                                                       "arn:aws:batch:*:${aws:PrincipalAccount}:job-queue/q"}));
    }
    if (a.action == "lambda:InvokeFunction") {
      EXPECT_EQ(a.resources, (std::vector<std::string>{"arn:aws:lambda:us-east-1:${aws:PrincipalAccount}:function:f",
                                                       "arn:aws:lambda:us-east-1:${aws:PrincipalAccount}:function:f:*"}));
    }
    if (a.action == "sqs:SendMessage") {
      EXPECT_TRUE(a.resources.empty());  // the queue is chosen at run time
    }
  }
  EXPECT_EQ(actions, (std::vector<std::string>{"batch:SubmitJob", "batch:DescribeJobs", "batch:TerminateJob",
                                               "events:PutTargets", "events:PutRule", "events:DescribeRule",
                                               "lambda:InvokeFunction", "s3:GetObject", "sqs:SendMessage"}));
}

TEST(Evidence, QueueUrlsBecomeArns) {
  EXPECT_EQ(SqsQueueArnFromUrl("https://sqs.us-east-1.amazonaws.com/123456789012/q"),
            "arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:q");
  EXPECT_EQ(SqsQueueArnFromUrl("https://example.com/x"), "");
  EXPECT_EQ(GeneralizeArnAccount("arn:aws:iam::123456789012:role/R"), "arn:aws:iam::${aws:PrincipalAccount}:role/R");
}

std::vector<const ActionInfo*> Granted(std::string_view policy_name) {
  const Catalog& catalog = Catalog::Embedded();
  const ManagedPolicy* policy = catalog.FindManagedPolicyByName(policy_name);
  EXPECT_NE(policy, nullptr) << policy_name;
  if (!policy) return {};
  PolicyDocumentPtr document = ManagedPolicyDocument(*policy);
  return PermissionSet::Build({{document.get(), std::nullopt, std::string(policy->name)}}, catalog).Actions();
}

TEST(PolicyGenerator, PicksTheServiceThePolicyIsNamedFor) {
  const Catalog& catalog = Catalog::Embedded();
  EXPECT_EQ(PrimaryService("AWSBatchFullAccess", Granted("AWSBatchFullAccess"), catalog), "batch");
  EXPECT_EQ(PrimaryService("AmazonS3FullAccess", Granted("AmazonS3FullAccess"), catalog), "s3");
  EXPECT_EQ(PrimaryService("AmazonEC2FullAccess", Granted("AmazonEC2FullAccess"), catalog), "ec2");
  EXPECT_EQ(PrimaryService("AmazonEC2ContainerRegistryFullAccess", Granted("AmazonEC2ContainerRegistryFullAccess"), catalog),
            "ecr");
}

TEST(PolicyGenerator, WithoutEvidenceGrantsNonAdministrativeActionsOnOwnResources) {
  const Catalog& catalog = Catalog::Embedded();
  auto generated = GenerateLeastPrivilegePolicy("AmazonSQSFullAccess", Granted("AmazonSQSFullAccess"), {}, catalog);
  ASSERT_TRUE(generated);
  EXPECT_FALSE(generated->from_evidence);
  EXPECT_EQ(generated->document.find("sqs:AddPermission"), std::string::npos) << generated->document;
  EXPECT_EQ(generated->document.find("sqs:TagQueue"), std::string::npos);
  EXPECT_NE(generated->document.find("sqs:SendMessage"), std::string::npos);
  EXPECT_NE(generated->document.find("arn:aws:sqs:*:${aws:PrincipalAccount}:*"), std::string::npos);
  EXPECT_TRUE(ParseJson(generated->document).root);
}

TEST(PolicyGenerator, LargeServicesStayUnderTheQuota) {
  const Catalog& catalog = Catalog::Embedded();
  for (const char* name : {"AmazonEC2FullAccess", "AmazonS3FullAccess", "AWSLambda_FullAccess", "AmazonDynamoDBFullAccess"}) {
    auto generated = GenerateLeastPrivilegePolicy(name, Granted(name), {}, catalog);
    ASSERT_TRUE(generated) << name;
    EXPECT_LE(PolicySizeWithoutWhitespace(generated->document), 6144u) << name << "\n" << generated->document;
  }
}

TEST(PolicyGenerator, EvidenceNamesItsSourceInTheSid) {
  const Catalog& catalog = Catalog::Embedded();
  RepositoryEvidence evidence;
  evidence.Add("sqs:SendMessage", {"arn:aws:sqs:*:${aws:PrincipalAccount}:done"}, EvidenceSource::kBoto3Code, "h.py");
  evidence.Add("s3:GetObject", {}, EvidenceSource::kBoto3Code, "h.py");  // another service
  auto generated = GenerateLeastPrivilegePolicy("AmazonSQSFullAccess", Granted("AmazonSQSFullAccess"), evidence, catalog);
  ASSERT_TRUE(generated);
  EXPECT_TRUE(generated->from_evidence);
  EXPECT_EQ(generated->document,
            "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Sid\": \"FromBoto3Code\",\n"
            "      \"Effect\": \"Allow\",\n      \"Action\": [\n        \"sqs:SendMessage\"\n      ],\n"
            "      \"Resource\": \"arn:aws:sqs:*:${aws:PrincipalAccount}:done\"\n    }\n  ]\n}\n");
}

// The policies generated for the seed scenario, one golden file per FullAccess policy, so a
// change to what they grant shows up in review.
TEST(LeastPrivilegeSeed, GeneratedDocumentsMatchGoldens) {
  const Catalog& catalog = Catalog::Embedded();
  fs::path scenario = SourceDir() / "test_data" / "scenarios" / "least-privilege-seed";
  RepositoryEvidence evidence = ScanRepository({(scenario / "repo").string()}, catalog);
  for (const char* name : {"AWSBatchFullAccess", "AWSLambda_FullAccess", "AmazonSQSFullAccess", "AmazonS3FullAccess",
                           "AWSStepFunctionsFullAccess", "AmazonEC2ContainerRegistryFullAccess"}) {
    auto generated = GenerateLeastPrivilegePolicy(name, Granted(name), evidence, catalog);
    ASSERT_TRUE(generated) << name;
    EXPECT_TRUE(generated->from_evidence) << name;
    fs::path golden = scenario / "documents" / (std::string(name) + ".json");
    if (UpdatingGolden()) {
      fs::create_directories(golden.parent_path());
      WriteFile(golden, generated->document);
    } else {
      EXPECT_EQ(ReadFile(golden), generated->document) << golden;
    }
  }
}

// The generated policies are themselves clean: no finding of the policy rules.
TEST(LeastPrivilegeSeed, GeneratedDocumentsLintClean) {
  fs::path documents = SourceDir() / "test_data" / "scenarios" / "least-privilege-seed" / "documents";
  CliResult result = RunSlim({"--no-config", "--type", "identity", "--select", "SL1*,SL3*,SL4*", documents.string()});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
}

std::map<std::string, std::string> Snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files[fs::relative(entry.path(), dir).string()] = ReadFile(entry.path());
  }
  return files;
}

// Issue 6's done-when: --fix --unsafe-fixes with an account on a copy of service_roles/ leaves
// no SL2004, SL4001 or SL5004; a second run changes nothing; every fixed policy still parses.
TEST(FixServiceRoles, FixesTrustAccountsAndDeprecatedPoliciesOnce) {
  TempDir temp;
  fs::copy(SourceDir() / "service_roles", temp.path() / "service_roles", fs::copy_options::recursive);
  std::vector<std::string> fix = {"--no-config", "--fix", "--unsafe-fixes", "--account", "210987654321", "service_roles"};
  CliResult first = RunIn(temp.path(), fix);
  EXPECT_NE(first.exit_code, 2) << first.err;
  auto fixed = Snapshot(temp.path());
  EXPECT_NE(fixed["service_roles/setup_roles.sh"], ReadFile(SourceDir() / "service_roles" / "setup_roles.sh"));

  CliResult second = RunIn(temp.path(), fix);
  EXPECT_NE(second.exit_code, 2) << second.err;
  EXPECT_EQ(Snapshot(temp.path()), fixed) << "a second --fix run changed files";

  CliResult lint = RunIn(temp.path(), {"--no-config", "--format", "json", "service_roles"});
  rapidjson::Document doc;
  doc.Parse(lint.out.c_str());
  ASSERT_FALSE(doc.HasParseError()) << lint.out;
  for (const auto& finding : doc["findings"].GetArray()) {
    std::string code = finding["rule"].GetString();
    EXPECT_TRUE(code != "SL2004" && code != "SL4001" && code != "SL5004")
        << code << " remains: " << finding["message"].GetString();
    EXPECT_NE(code, "SL1001") << "a fixed file no longer parses";
  }
  for (const auto& [name, text] : fixed) {
    if (fs::path(name).extension() == ".json") {
      EXPECT_TRUE(ParseJson(text).root) << name;
    }
  }
  EXPECT_NE(fixed["service_roles/create_AWSBatchServiceRole.json"].find("\"aws:SourceAccount\": \"210987654321\""),
            std::string::npos);
  EXPECT_NE(fixed["service_roles/setup_roles.sh"].find("ACCOUNT_ID=$(aws sts get-caller-identity"), std::string::npos);
}

}  // namespace
}  // namespace slim::testing
