// Fingerprints and baselines: a fingerprint tells two problems apart even at one token, and
// stays the same when lines move or a document is reformatted; a baseline adopts today's
// findings, lets new ones through, and reports entries that match nothing (SL9001).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <set>

#include "core/fingerprint.h"
#include "core/rule.h"
#include "engine/registry.h"
#include "temp_dir.h"

namespace slim::testing {
namespace {

namespace fs = std::filesystem;

Finding MakeFinding(const std::string& code, SourceFilePtr file, std::string_view flagged, std::string message) {
  Finding f;
  f.rule = &FindRule(code)->info();
  f.message = std::move(message);
  uint32_t begin = static_cast<uint32_t>(file->text().find(flagged));
  f.location = {file, {begin, begin + static_cast<uint32_t>(flagged.size())}};
  return f;
}

TEST(Fingerprint, SixteenHexDigits) {
  auto file = std::make_shared<SourceFile>("p.json", R"({"Action": "*"})");
  std::string fp = Fingerprint(MakeFinding("SL3003", file, "\"*\"", "allows every action"));
  EXPECT_EQ(fp.size(), 16u);
  EXPECT_EQ(fp.find_first_not_of("0123456789abcdef"), std::string::npos) << fp;
}

TEST(Fingerprint, TwoProblemsAtOneTokenDiffer) {
  auto file = std::make_shared<SourceFile>("p.json", R"({"Resource": "arn:aws:s3:us-east-1:123:bucket"})");
  const char* arn = "\"arn:aws:s3:us-east-1:123:bucket\"";
  Finding region = MakeFinding("SL3006", file, arn, "S3 bucket ARNs have no region");
  Finding account = MakeFinding("SL3006", file, arn, "S3 bucket ARNs have no account");
  EXPECT_NE(Fingerprint(region), Fingerprint(account));
  Finding other_rule = MakeFinding("SL4001", file, arn, "S3 bucket ARNs have no region");
  EXPECT_NE(Fingerprint(region), Fingerprint(other_rule));
  Finding issue = region;
  issue.aws_issue_code = "INVALID_ARN_REGION";
  EXPECT_NE(Fingerprint(region), Fingerprint(issue));
  Finding principal = region;
  principal.principal = PrincipalRef{PrincipalKind::kRole, "worker"};
  EXPECT_NE(Fingerprint(region), Fingerprint(principal));
  Finding moved_file = region;
  moved_file.location.file = std::make_shared<SourceFile>("q.json", std::string(file->text()));
  EXPECT_NE(Fingerprint(region), Fingerprint(moved_file));
}

TEST(Fingerprint, MovedAndReformattedTextKeepsIt) {
  auto a = std::make_shared<SourceFile>("p.json", "{\"Action\": [\"s3:Get*\",\n  \"s3:Put*\"]}");
  auto b = std::make_shared<SourceFile>("p.json", "\n\n\n{\n    \"Action\": [\n        \"s3:Get*\",\n        \"s3:Put*\"\n    ]\n}\n");
  Finding fa = MakeFinding("SL3004", a, "[\"s3:Get*\",\n  \"s3:Put*\"]", "duplicate key \"Effect\" replaces the one at line 6");
  Finding fb = MakeFinding("SL3004", b, "[\n        \"s3:Get*\",\n        \"s3:Put*\"\n    ]", "duplicate key \"Effect\" replaces the one at line 9");
  fa.json_pointer = "/Statement/0/Action";
  fb.json_pointer = "/Statement/3/Action";
  EXPECT_EQ(Fingerprint(fa), Fingerprint(fb));
  fb.statement_sid = "Named";
  EXPECT_NE(Fingerprint(fa), Fingerprint(fb)) << "the Sid names the statement";
}

TEST(Fingerprint, StablePointer) {
  EXPECT_EQ(StablePointer("", ""), "");
  EXPECT_EQ(StablePointer("/Statement/3/Action/1", "ReadLogs"), "/Statement/[ReadLogs]/Action/*");
  EXPECT_EQ(StablePointer("/Statement/3/Action/1", ""), "/Statement/*/Action/*");
  EXPECT_EQ(StablePointer("/Statement/Resource", "X"), "/Statement/Resource");
  EXPECT_EQ(StablePointer("/Statement/0/Condition/StringEquals/aws:SourceAccount", ""),
            "/Statement/*/Condition/StringEquals/aws:SourceAccount");
}

TEST(Fingerprint, MessageWithoutPositions) {
  EXPECT_EQ(MessageWithoutPositions("this value replaces the one at line 17 in most parsers"),
            "this value replaces the one at line # in most parsers");
  EXPECT_EQ(MessageWithoutPositions("granted in policy.json:12:5 and roles.sh:40"), "granted in policy.json:# and roles.sh:#");
  EXPECT_EQ(MessageWithoutPositions("lines 3-9, column 4"), "lines #, column #");
  EXPECT_EQ(MessageWithoutPositions("statement 2 allows nothing that statements 3 and 4 do not"),
            "statement # allows nothing that statements # do not");
  // Account IDs and ARNs are content, not positions.
  EXPECT_EQ(MessageWithoutPositions("arn:aws:iam::851065145468:role/x in eu-west-1:851065145468"),
            "arn:aws:iam::851065145468:role/x in eu-west-1:851065145468");
}

// --- Baselines, end to end ----------------------------------------------------------------

struct Reported {
  std::string rule;
  int line = 0;
};

struct Report {
  int exit_code = 0;
  std::vector<Reported> findings;
  int baselined = 0;
  std::string err;
};

Report Lint(const fs::path& dir, std::vector<std::string> args) {
  args.insert(args.begin(), {"--no-config", "--format", "json"});
  CliResult run = RunIn(dir, args);
  Report report;
  report.exit_code = run.exit_code;
  report.err = run.err;
  rapidjson::Document doc;
  doc.Parse(run.out.c_str());
  if (doc.HasParseError()) return report;
  for (const auto& f : doc["findings"].GetArray()) report.findings.push_back({f["rule"].GetString(), f["range"]["start"]["line"].GetInt()});
  report.baselined = doc["summary"]["baselined"].GetInt();
  return report;
}

constexpr const char* kCompact = R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "Admin", "Effect": "Allow", "Action": "*", "Resource": "*"},
    {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "*"},
    {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}
  ]
}
)";

// The same policy re-indented, moved down the file, with its statements in another order.
constexpr const char* kReformatted = R"(

{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Action": "ec2:*",
            "Resource": "*"
        },
        {
            "Effect": "Allow",
            "Action": [
                "s3:GetObject",
                "s3:PutObject"
            ],
            "Resource": "*"
        },
        {
            "Sid": "Admin",
            "Effect": "Allow",
            "Action": "*",
            "Resource": "*"
        }
    ]
}
)";

TEST(Baseline, SurvivesReformattingAndCatchesANewGrant) {
  TempDir dir;
  dir.Write("policy.json", kCompact);
  Report first = Lint(dir.path(), {"policy.json"});
  ASSERT_EQ(first.exit_code, 1);
  ASSERT_GE(first.findings.size(), 4u);

  CliResult write = RunIn(dir.path(), {"--no-config", "--write-baseline", "baseline.json", "policy.json"});
  ASSERT_EQ(write.exit_code, 0) << write.err;
  EXPECT_NE(write.err.find("recorded " + std::to_string(first.findings.size()) + " findings in baseline.json"), std::string::npos)
      << write.err;

  Report same = Lint(dir.path(), {"--baseline", "baseline.json", "policy.json"});
  EXPECT_EQ(same.exit_code, 0) << same.err;
  EXPECT_TRUE(same.findings.empty());
  EXPECT_EQ(same.baselined, static_cast<int>(first.findings.size()));

  dir.Write("policy.json", kReformatted);
  Report reformatted = Lint(dir.path(), {"--baseline", "baseline.json", "policy.json"});
  EXPECT_EQ(reformatted.exit_code, 0) << reformatted.err;
  for (const Reported& f : reformatted.findings) ADD_FAILURE() << "not baselined after reformatting: " << f.rule << " line " << f.line;
  EXPECT_EQ(reformatted.baselined, static_cast<int>(first.findings.size()));

  // A new statement granting everything, at the end (first in the list, it would change what
  // the other statements' redundancy findings say): only its findings are new.
  std::string added = kReformatted;
  added.insert(added.rfind("        }\n    ]"), "        },\n        {\n            \"Sid\": \"BreakGlass\",\n"
               "            \"Effect\": \"Allow\",\n            \"Action\": \"*\",\n            \"Resource\": \"*\"\n");
  dir.Write("policy.json", added);
  Report grown = Lint(dir.path(), {"--baseline", "baseline.json", "policy.json"});
  EXPECT_EQ(grown.exit_code, 1);
  ASSERT_FALSE(grown.findings.empty());
  std::set<std::string> rules;
  for (const Reported& f : grown.findings) {
    rules.insert(f.rule);
    EXPECT_TRUE(f.line >= 25 && f.line <= 30) << f.rule << " at line " << f.line << " is outside the new statement";
  }
  EXPECT_TRUE(rules.contains("SL3003")) << "the admin grant must be reported";
  EXPECT_EQ(grown.baselined, static_cast<int>(first.findings.size()));
}

TEST(Baseline, IdenticalStatementsAreCounted) {
  // Two identical Sid-less statements share fingerprints; a third copy is one more finding.
  const std::string statement = R"({"Effect": "Allow", "Action": "ec2:*", "Resource": "*"})";
  auto policy = [&](int copies) {
    std::string text = "{\"Version\": \"2012-10-17\", \"Statement\": [\n";
    for (int i = 0; i < copies; ++i) text += statement + (i + 1 < copies ? ",\n" : "\n");
    return text + "]}\n";
  };
  TempDir dir;
  dir.Write("policy.json", policy(2));
  ASSERT_EQ(RunIn(dir.path(), {"--no-config", "--select", "SL3004", "--write-baseline", "b.json", "policy.json"}).exit_code, 0);
  Report same = Lint(dir.path(), {"--select", "SL3004", "--baseline", "b.json", "policy.json"});
  EXPECT_TRUE(same.findings.empty());
  EXPECT_EQ(same.baselined, 2);
  dir.Write("policy.json", policy(3));
  Report grown = Lint(dir.path(), {"--select", "SL3004", "--baseline", "b.json", "policy.json"});
  EXPECT_EQ(grown.findings.size(), 1u);
  EXPECT_EQ(grown.exit_code, 1);
}

TEST(Baseline, FixedFindingsLeaveUnusedEntries) {
  TempDir dir;
  dir.Write("policy.json", kCompact);
  ASSERT_EQ(RunIn(dir.path(), {"--no-config", "--write-baseline", "baseline.json", "."}).exit_code, 0);
  dir.Write("policy.json", R"({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/*"}]})");
  Report fixed = Lint(dir.path(), {"--baseline", "baseline.json", "policy.json"});
  EXPECT_EQ(fixed.exit_code, 0) << "SL9001 is a warning";
  ASSERT_FALSE(fixed.findings.empty());
  for (const Reported& f : fixed.findings) EXPECT_EQ(f.rule, "SL9001");
  CliResult text = RunIn(dir.path(), {"--no-config", "--baseline", "baseline.json", "policy.json"});
  EXPECT_NE(text.out.find("baseline.json:2:"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("matches no finding"), std::string::npos) << text.out;
  // Entries for files the run did not read are not judged.
  dir.Write("other.json", R"({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/*"}]})");
  EXPECT_TRUE(Lint(dir.path(), {"--baseline", "baseline.json", "other.json"}).findings.empty());
}

TEST(Baseline, FileIsReviewableJson) {
  TempDir dir;
  dir.Write("policy.json", kCompact);
  ASSERT_EQ(RunIn(dir.path(), {"--no-config", "--write-baseline", "baseline.json", "policy.json"}).exit_code, 0);
  std::string text = ReadFile(dir.path() / "baseline.json");
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  ASSERT_FALSE(doc.HasParseError()) << text;
  EXPECT_EQ(doc["slim_lint_baseline"].GetInt(), 1);
  for (const auto& entry : doc["findings"].GetArray()) {
    EXPECT_TRUE(entry["fingerprint"].IsString() && entry["rule"].IsString() && entry["path"].IsString() && entry["message"].IsString());
    EXPECT_EQ(std::string(entry["path"].GetString()), "policy.json");
  }
  // One entry per line, so a diff shows which findings came and went.
  EXPECT_EQ(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')), doc["findings"].Size() + 2);
  // Writing it again gives the same bytes.
  ASSERT_EQ(RunIn(dir.path(), {"--no-config", "--write-baseline", "baseline.json", "policy.json"}).exit_code, 0);
  EXPECT_EQ(ReadFile(dir.path() / "baseline.json"), text);
}

TEST(Baseline, BadBaselineIsExitTwoWithPosition) {
  TempDir dir;
  dir.Write("policy.json", kCompact);
  dir.Write("broken.json", "{\"findings\": [\n  {\"fingerprint\": 12}\n]}\n");
  CliResult run = RunIn(dir.path(), {"--no-config", "--baseline", "broken.json", "policy.json"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("broken.json:2:3: "), std::string::npos) << run.err;
  dir.Write("broken.json", "{\"findings\": [\n");
  run = RunIn(dir.path(), {"--no-config", "--baseline", "broken.json", "policy.json"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("invalid JSON"), std::string::npos) << run.err;
  run = RunIn(dir.path(), {"--no-config", "--baseline", "missing.json", "policy.json"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("missing.json"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace slim::testing
