// .slim-lint.json: validation errors carry file:line:col and exit 2; every setting changes
// what a run reports; the file is found walking up to the repository root; --config and
// --no-config choose it explicitly.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>

#include "config/config.h"
#include "config/did_you_mean.h"
#include "temp_dir.h"
#include "util/strings.h"

namespace slim::testing {
namespace {

namespace fs = std::filesystem;

// The rule codes of a JSON report, in order.
std::vector<std::string> Codes(const std::string& json) {
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  EXPECT_FALSE(doc.HasParseError()) << json;
  std::vector<std::string> codes;
  if (doc.HasParseError()) return codes;
  for (const auto& f : doc["findings"].GetArray()) codes.emplace_back(f["rule"].GetString());
  return codes;
}

std::string SeverityOf(const std::string& json, const std::string& code) {
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  for (const auto& f : doc["findings"].GetArray()) {
    if (code == f["rule"].GetString()) return f["severity"].GetString();
  }
  return "";
}

bool Has(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

constexpr const char* kAdminPolicy = R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "Everything", "Effect": "Allow", "Action": "*", "Resource": "*"},
    {"Sid": "Objects", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}
  ]
}
)";

// --- Errors -----------------------------------------------------------------------------

struct ConfigErrorCase {
  const char* name;
  const char* config;
  const char* where;    // "line:col"
  const char* message;  // a part of the message
};

class ConfigErrors : public ::testing::TestWithParam<ConfigErrorCase> {};

TEST_P(ConfigErrors, NameFileLineAndColumnAndExitTwo) {
  const ConfigErrorCase& c = GetParam();
  TempDir dir;
  fs::path config = dir.Write(".slim-lint.json", c.config);
  dir.Write("policy.json", kAdminPolicy);

  auto loaded = LoadConfig(config);
  ASSERT_FALSE(loaded.ok());
  std::string error = loaded.error().ToString();
  EXPECT_NE(error.find(c.message), std::string::npos) << error;
  EXPECT_NE(error.find(std::string(":") + c.where + ": "), std::string::npos) << error;

  // From the command line: found by walking up, and named with --config.
  for (const std::vector<std::string>& args : {std::vector<std::string>{"policy.json"},
                                               std::vector<std::string>{"--config", config.string(), "policy.json"}}) {
    CliResult run = RunIn(dir.path(), args);
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_EQ(run.out, "");
    EXPECT_NE(run.err.find(std::string(".slim-lint.json:") + c.where + ": "), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(c.message), std::string::npos) << run.err;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Config, ConfigErrors,
    ::testing::Values(
        ConfigErrorCase{"BadJson", "{\n  \"select\": [\"SL3*\",]\n}\n", "2:21", "invalid JSON"},
        ConfigErrorCase{"NotAnObject", "[\"SL3*\"]\n", "1:1", "must be a JSON object"},
        ConfigErrorCase{"UnknownKey", "{\n  \"selct\": [\"SL3*\"]\n}\n", "2:3", "unknown setting \"selct\" (did you mean \"select\"?)"},
        ConfigErrorCase{"UnknownKeyFailOn", "{\"fail-on\": \"error\"}", "1:2", "did you mean \"fail_on\"?"},
        ConfigErrorCase{"SelectorNamesNoRule", "{\n  \"select\": [\"SL3*\", \"SL30006\"]\n}\n", "2:22",
                        "\"SL30006\" names no rule (did you mean \"SL3006\"?)"},
        ConfigErrorCase{"IgnoreNamesNoRule", "{\"ignore\": [\"hardcoded-acount-id\"]}", "1:13", "did you mean \"hardcoded-account-id\"?"},
        ConfigErrorCase{"SeverityNamesNoRule", "{\"severity\": {\"SL77777\": \"error\"}}", "1:15", "names no rule"},
        ConfigErrorCase{"SeverityValue", "{\"severity\": {\"SL3006\": \"fatal\"}}", "1:25", "must be error, security, warning or suggestion"},
        ConfigErrorCase{"FailOnValue", "{\"fail_on\": \"high\"}", "1:13", "fail_on must be one of"},
        ConfigErrorCase{"Account", "{\"account\": \"12345\"}", "1:13", "12-digit account ID"},
        ConfigErrorCase{"KnownAccount", "{\"known_accounts\": [\"123456789012\", \"abc\"]}", "1:37", "\"abc\" is not a 12-digit account ID"},
        ConfigErrorCase{"OptionOutOfRange", "{\n  \"rules\": {\"SL8002\": {\"quota\": 5}}\n}\n", "2:33",
                        "SL8002 option \"quota\" must be a whole number from 10 to 20"},
        ConfigErrorCase{"OptionNotWhole", "{\"rules\": {\"SL8002\": {\"quota\": 12.5}}}", "1:32", "must be a whole number"},
        ConfigErrorCase{"UnknownOption", "{\"rules\": {\"SL8002\": {\"qouta\": 12}}}", "1:23", "SL8002 has no option \"qouta\" (did you mean \"quota\"?)"},
        ConfigErrorCase{"OptionsOfNoRule", "{\"rules\": {\"SL8020\": {\"quota\": 12}}}", "1:12", "no rule is called \"SL8020\""},
        ConfigErrorCase{"IgnoreWithoutReason", "{\n  \"ignores\": [\n    {\"rule\": \"SL3006\", \"path\": \"*.json\"}\n  ]\n}\n", "3:5",
                        "an ignore entry needs a \"reason\""},
        ConfigErrorCase{"IgnoreWithBlankReason", "{\"ignores\": [{\"rule\": \"SL3006\", \"reason\": \"  \"}]}", "1:14", "needs a \"reason\""},
        ConfigErrorCase{"IgnoreWithoutRule", "{\"ignores\": [{\"reason\": \"accepted\"}]}", "1:14", "needs \"rule\""},
        ConfigErrorCase{"IgnoreRuleNamesNoRule", "{\"ignores\": [{\"rule\": \"SL9999\", \"reason\": \"x\"}]}", "1:23", "\"SL9999\" names no rule"},
        ConfigErrorCase{"IgnoreUnknownField", "{\"ignores\": [{\"rule\": \"SL3006\", \"reson\": \"x\"}]}", "1:33",
                        "unknown field \"reson\" in an ignore entry (did you mean \"reason\"?)"},
        ConfigErrorCase{"IgnorePointer", "{\"ignores\": [{\"rule\": \"SL3006\", \"pointer\": \"Statement/0\", \"reason\": \"x\"}]}", "1:44",
                        "a JSON pointer starts with '/'"}),
    [](const ::testing::TestParamInfo<ConfigErrorCase>& info) { return std::string(info.param.name); });

TEST(Config, UnreadableConfigIsExitTwo) {
  TempDir dir;
  dir.Write("policy.json", kAdminPolicy);
  CliResult run = RunIn(dir.path(), {"--config", "missing.json", "policy.json"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("missing.json"), std::string::npos) << run.err;
}

TEST(Config, ConfigAndNoConfigTogetherIsAUsageError) {
  TempDir dir;
  dir.Write(".slim-lint.json", "{}");
  CliResult run = RunIn(dir.path(), {"--config", ".slim-lint.json", "--no-config", "."});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("--config and --no-config"), std::string::npos) << run.err;
}

TEST(Config, DidYouMeanOnlyForCloseNames) {
  std::vector<std::string> names = {"select", "ignore", "severity"};
  EXPECT_EQ(ClosestName("selct", names), "select");
  EXPECT_EQ(ClosestName("SEVERITY", names), "severity");
  EXPECT_EQ(ClosestName("colour", names), "");
  EXPECT_EQ(DidYouMean("xyz", names), "");
}

// --- Settings -----------------------------------------------------------------------------

TEST(Config, SelectGlobsAndRemovals) {
  TempDir dir;
  dir.Write("policy.json", kAdminPolicy);
  CliResult all = RunIn(dir.path(), {"--no-config", "--format", "json", "policy.json"});
  std::vector<std::string> every = Codes(all.out);
  ASSERT_TRUE(Has(every, "SL3003") && Has(every, "SL3006") && Has(every, "SL5002")) << all.out;

  dir.Write(".slim-lint.json", R"({"select": ["SL3*", "-SL3006"]})");
  CliResult run = RunIn(dir.path(), {"--format", "json", "policy.json"});
  std::vector<std::string> codes = Codes(run.out);
  EXPECT_TRUE(Has(codes, "SL3003")) << run.out;
  EXPECT_FALSE(Has(codes, "SL3006")) << run.out;
  for (const std::string& code : codes) EXPECT_TRUE(code.starts_with("SL3")) << code;

  // "ignore" removes from the default set; the command line's --ignore adds to it.
  dir.Write(".slim-lint.json", R"({"ignore": ["SL5*", "resource-star-on-scopable-actions"]})");
  codes = Codes(RunIn(dir.path(), {"--format", "json", "--ignore", "SL3003", "policy.json"}).out);
  EXPECT_FALSE(Has(codes, "SL5002") || Has(codes, "SL3006") || Has(codes, "SL3003")) << Join(codes, ",");
  EXPECT_FALSE(codes.empty());

  // --select on the command line replaces the config's selection.
  dir.Write(".slim-lint.json", R"({"select": ["SL3*"]})");
  codes = Codes(RunIn(dir.path(), {"--format", "json", "--select", "SL5002", "policy.json"}).out);
  EXPECT_EQ(codes, std::vector<std::string>{"SL5002"});
}

TEST(Config, SeverityOverrides) {
  TempDir dir;
  dir.Write("policy.json", kAdminPolicy);
  CliResult before = RunIn(dir.path(), {"--no-config", "--format", "json", "policy.json"});
  ASSERT_EQ(SeverityOf(before.out, "SL3006"), "warning");
  dir.Write(".slim-lint.json", R"({"severity": {"SL3006": "error", "SL3003": "suggestion"}})");
  CliResult after = RunIn(dir.path(), {"--format", "json", "policy.json"});
  EXPECT_EQ(SeverityOf(after.out, "SL3006"), "error");
  EXPECT_EQ(SeverityOf(after.out, "SL3003"), "suggestion");
}

TEST(Config, FailOnGate) {
  TempDir dir;
  dir.Write("policy.json", kAdminPolicy);
  // Only warnings: the default gate (security) passes, a warning gate fails.
  dir.Write(".slim-lint.json", R"({"select": ["SL3006"]})");
  EXPECT_EQ(RunIn(dir.path(), {"policy.json"}).exit_code, 0);
  dir.Write(".slim-lint.json", R"({"select": ["SL3006"], "fail_on": "warning"})");
  EXPECT_EQ(RunIn(dir.path(), {"policy.json"}).exit_code, 1);
  // The command line wins over the file.
  EXPECT_EQ(RunIn(dir.path(), {"--fail-on", "error", "policy.json"}).exit_code, 0);
  // "none" never fails on findings.
  dir.Write(".slim-lint.json", R"({"fail_on": "none"})");
  CliResult none = RunIn(dir.path(), {"policy.json"});
  EXPECT_EQ(none.exit_code, 0);
  EXPECT_NE(none.out.find("SL3003"), std::string::npos);
}

// Twelve managed policies on one role: over IAM's default quota of 10.
std::string QuotaScript() {
  std::string script = "#!/bin/bash\naws iam create-role --role-name busy --assume-role-policy-document file://trust.json\n";
  const char* policies[] = {"AmazonS3ReadOnlyAccess",       "AmazonSQSReadOnlyAccess",  "AmazonSNSReadOnlyAccess",
                            "AmazonEC2ReadOnlyAccess",      "AmazonRDSReadOnlyAccess",  "AWSLambda_ReadOnlyAccess",
                            "CloudWatchReadOnlyAccess",     "AmazonDynamoDBReadOnlyAccess", "AmazonKinesisReadOnlyAccess",
                            "AmazonRoute53ReadOnlyAccess",  "IAMReadOnlyAccess",        "AmazonVPCReadOnlyAccess"};
  for (const char* p : policies) {
    script += "aws iam attach-role-policy --role-name busy --policy-arn arn:aws:iam::aws:policy/" + std::string(p) + "\n";
  }
  return script;
}

TEST(Config, RuleOptionQuota) {
  TempDir dir;
  dir.Write("roles.sh", QuotaScript());
  dir.Write("trust.json", R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
    "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]})");
  std::vector<std::string> args = {"--select", "SL8002", "--format", "json", "."};
  EXPECT_TRUE(Has(Codes(RunIn(dir.path(), args).out), "SL8002"));
  dir.Write(".slim-lint.json", R"({"rules": {"SL8002": {"quota": 12}}})");
  EXPECT_FALSE(Has(Codes(RunIn(dir.path(), args).out), "SL8002"));
  dir.Write(".slim-lint.json", R"({"rules": {"managed-policy-quota": {"quota": 11}}})");
  CliResult eleven = RunIn(dir.path(), args);
  EXPECT_TRUE(Has(Codes(eleven.out), "SL8002"));
  EXPECT_NE(eleven.out.find("12th"), std::string::npos) << eleven.out;
}

TEST(Config, KnownAccounts) {
  TempDir dir;
  dir.Write("trust.json", R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::345678901234:root"}, "Action": "sts:AssumeRole",
    "Condition": {"StringEquals": {"sts:ExternalId": "x-7"}}}]})");
  std::vector<std::string> args = {"--select", "SL2002", "--format", "json", "trust.json"};
  EXPECT_TRUE(Has(Codes(RunIn(dir.path(), args).out), "SL2002"));
  dir.Write(".slim-lint.json", R"({"known_accounts": ["345678901234"]})");
  EXPECT_FALSE(Has(Codes(RunIn(dir.path(), args).out), "SL2002"));
  // The command line adds to the file's list.
  dir.Write(".slim-lint.json", R"({"known_accounts": ["111111111111"]})");
  std::vector<std::string> with_flag = args;
  with_flag.insert(with_flag.begin(), {"--known-account", "345678901234"});
  EXPECT_FALSE(Has(Codes(RunIn(dir.path(), with_flag).out), "SL2002"));
}

// --- Finding the file ---------------------------------------------------------------------

TEST(Config, FindConfigWalksUpToTheRepositoryRoot) {
  TempDir dir;
  fs::path repo = dir.path() / "repo";
  fs::create_directories(repo / ".git");
  fs::create_directories(repo / "a" / "b");
  dir.Write(".slim-lint.json", "{}");  // above the repository: never used
  EXPECT_EQ(FindConfig(repo / "a" / "b"), std::nullopt);
  EXPECT_EQ(FindConfig(repo), std::nullopt);

  fs::path root_config = dir.Write("repo/.slim-lint.json", "{}");
  EXPECT_EQ(FindConfig(repo / "a" / "b"), root_config);
  fs::path nearer = dir.Write("repo/a/.slim-lint.json", "{}");
  EXPECT_EQ(FindConfig(repo / "a" / "b"), nearer);
  EXPECT_EQ(FindConfig(repo), root_config);

  // A .git file (worktrees and submodules) marks the root too.
  fs::path sub = repo / "a" / "b" / "sub";
  fs::create_directories(sub / "x");
  WriteFile(sub / ".git", "gitdir: ../../../.git/modules/sub\n");
  EXPECT_EQ(FindConfig(sub / "x"), std::nullopt);
}

TEST(Config, CommandLineFindsNamesOrSkipsTheConfig) {
  TempDir dir;
  fs::create_directories(dir.path() / ".git");
  dir.Write("policies/policy.json", kAdminPolicy);
  dir.Write(".slim-lint.json", R"({"select": ["SL3003"]})");
  dir.Write("other.json", R"({"select": ["SL5002"]})");

  // Found from a subfolder.
  EXPECT_EQ(Codes(RunIn(dir.path() / "policies", {"--format", "json", "policy.json"}).out), std::vector<std::string>{"SL3003"});
  // Named.
  EXPECT_EQ(Codes(RunIn(dir.path() / "policies", {"--config", "../other.json", "--format", "json", "policy.json"}).out),
            std::vector<std::string>{"SL5002"});
  // Skipped.
  std::vector<std::string> codes = Codes(RunIn(dir.path() / "policies", {"--no-config", "--format", "json", "policy.json"}).out);
  EXPECT_TRUE(Has(codes, "SL3003") && Has(codes, "SL5002") && Has(codes, "SL3006")) << Join(codes, ",");
}

}  // namespace
}  // namespace slim::testing
