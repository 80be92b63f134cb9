// Suppressions: `# slim-lint: ignore CODE -- reason` above a command in shell scripts and
// Markdown shell blocks, config ignore entries (rule, path glob, Sid, JSON pointer), a
// required reason, and SL9001 for suppressions that match nothing or cannot apply.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "temp_dir.h"

namespace slim::testing {
namespace {

namespace fs = std::filesystem;

struct Reported {
  std::string rule, path, message;
  int line = 0;
};

struct Report {
  std::vector<Reported> findings;
  int suppressed = 0;
  int exit_code = 0;
};

Report Lint(const fs::path& dir, std::vector<std::string> args) {
  args.insert(args.begin(), {"--format", "json"});
  CliResult run = RunIn(dir, args);
  Report report;
  report.exit_code = run.exit_code;
  rapidjson::Document doc;
  doc.Parse(run.out.c_str());
  EXPECT_FALSE(doc.HasParseError()) << run.out << run.err;
  if (doc.HasParseError()) return report;
  for (const auto& f : doc["findings"].GetArray()) {
    report.findings.push_back({f["rule"].GetString(), f["path"].GetString(), f["message"].GetString(),
                               f["range"]["start"]["line"].GetInt()});
  }
  report.suppressed = doc["summary"]["suppressed"].GetInt();
  return report;
}

std::vector<Reported> Of(const Report& report, const std::string& rule) {
  std::vector<Reported> out;
  for (const Reported& f : report.findings) {
    if (f.rule == rule) out.push_back(f);
  }
  return out;
}

constexpr const char* kTrust = R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
  "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]})";

// Two FullAccess attachments (SL5003), one per role, with `directive` above the first.
std::string Script(const std::string& directive) {
  return "#!/bin/bash\n"
         "aws iam create-role --role-name queue-admin --assume-role-policy-document file://trust.json\n"
         "aws iam create-role --role-name reporting --assume-role-policy-document file://trust.json\n" +
         directive +
         "aws iam attach-role-policy --role-name queue-admin \\\n"
         "  --policy-arn arn:aws:iam::aws:policy/AmazonSQSFullAccess\n"
         "aws iam attach-role-policy --role-name reporting \\\n"
         "  --policy-arn arn:aws:iam::aws:policy/AmazonAthenaFullAccess\n";
}

class Suppression : public ::testing::Test {
 protected:
  void SetUp() override { dir.Write("trust.json", kTrust); }
  Report Run(const std::string& select = "SL5003,SL9001") { return Lint(dir.path(), {"--no-config", "--select", select, "."}); }
  TempDir dir;
};

TEST_F(Suppression, NoDirectiveReportsBoth) {
  dir.Write("roles.sh", Script(""));
  Report r = Run();
  EXPECT_EQ(Of(r, "SL5003").size(), 2u);
  EXPECT_EQ(r.suppressed, 0);
  EXPECT_EQ(r.exit_code, 1);
}

TEST_F(Suppression, LineAboveSuppressesOnlyTheNextCommand) {
  dir.Write("roles.sh", Script("# slim-lint: ignore SL5003 -- the queue admin role owns every queue\n"));
  Report r = Run();
  ASSERT_EQ(Of(r, "SL5003").size(), 1u);
  EXPECT_NE(Of(r, "SL5003")[0].message.find("AmazonAthenaFullAccess"), std::string::npos);
  EXPECT_EQ(r.suppressed, 1);
  EXPECT_TRUE(Of(r, "SL9001").empty());
}

TEST_F(Suppression, NamesAndListsWork) {
  dir.Write("roles.sh", Script("# slim-lint: ignore SL4001, full-access-grant -- the queue admin role owns every queue\n"));
  Report r = Run();
  EXPECT_EQ(Of(r, "SL5003").size(), 1u);
  EXPECT_EQ(r.suppressed, 1);
}

TEST_F(Suppression, TrailingCommentOnTheCommandLine) {
  std::string script = Script("");
  script.replace(script.find("AmazonSQSFullAccess\n"), 20, "AmazonSQSFullAccess  # slim-lint: ignore SL5003 -- owns the queues\n");
  dir.Write("roles.sh", script);
  Report r = Run();
  EXPECT_EQ(Of(r, "SL5003").size(), 1u);
  EXPECT_EQ(r.suppressed, 1);
}

TEST_F(Suppression, ReasonIsRequired) {
  dir.Write("roles.sh", Script("# slim-lint: ignore SL5003\n"));
  Report r = Run();
  EXPECT_EQ(Of(r, "SL5003").size(), 2u) << "a directive without a reason suppresses nothing";
  ASSERT_EQ(Of(r, "SL9001").size(), 1u);
  EXPECT_EQ(Of(r, "SL9001")[0].line, 4);
  EXPECT_NE(Of(r, "SL9001")[0].message.find("no reason, so it suppresses nothing; write `# slim-lint: ignore SL5003 -- "),
            std::string::npos)
      << Of(r, "SL9001")[0].message;

  dir.Write("roles.sh", Script("# slim-lint: ignore SL5003 --   \n"));
  EXPECT_EQ(Of(Run(), "SL5003").size(), 2u);
}

TEST_F(Suppression, MalformedDirectiveIsReported) {
  dir.Write("roles.sh", Script("# slim-lint: ignore -- forgot the code\n"));
  Report r = Run();
  EXPECT_EQ(Of(r, "SL5003").size(), 2u);
  ASSERT_EQ(Of(r, "SL9001").size(), 1u);
  EXPECT_NE(Of(r, "SL9001")[0].message.find("# slim-lint: ignore SL5003 -- "), std::string::npos);
}

TEST_F(Suppression, UnknownCodeIsReportedWithASuggestion) {
  dir.Write("roles.sh", Script("# slim-lint: ignore SL50003 -- typo\n"));
  // Reported even when a --select leaves every other rule out: a typo is never intended.
  for (const char* select : {"SL5003,SL9001", "SL9001"}) {
    Report r = Run(select);
    ASSERT_EQ(Of(r, "SL9001").size(), 1u) << select;
    EXPECT_NE(Of(r, "SL9001")[0].message.find("did you mean \"SL5003\"?"), std::string::npos) << Of(r, "SL9001")[0].message;
  }
}

TEST_F(Suppression, UnusedDirectiveIsSL9001) {
  std::string script = Script("");
  script += "# slim-lint: ignore SL5003 -- left over\naws iam list-roles\n";
  dir.Write("roles.sh", script);
  Report r = Run();
  ASSERT_EQ(Of(r, "SL9001").size(), 1u);
  EXPECT_EQ(Of(r, "SL9001")[0].line, 8);
  EXPECT_NE(Of(r, "SL9001")[0].message.find("matches no finding"), std::string::npos);
  // Not when the run leaves the rule out: --select narrowed it, the suppression may be needed.
  EXPECT_TRUE(Of(Run("SL9001"), "SL9001").empty());
}

TEST_F(Suppression, MarkdownShellBlocks) {
  dir.Write("runbook.md",
            "# Roles\n\nCreate the roles:\n\n```bash\n" + Script("# slim-lint: ignore SL5003 -- the queue admin role owns every queue\n") +
                "```\n\n```sh\n# slim-lint: ignore SL5003 -- nothing below\necho done\n```\n");
  Report r = Run();
  EXPECT_EQ(Of(r, "SL5003").size(), 1u);
  EXPECT_EQ(r.suppressed, 1);
  ASSERT_EQ(Of(r, "SL9001").size(), 1u);
  EXPECT_EQ(Of(r, "SL9001")[0].path, "runbook.md");
}

// --- Config ignore entries ----------------------------------------------------------------

constexpr const char* kPolicy = R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "ReadLogs", "Effect": "Allow", "Action": "logs:GetLogEvents", "Resource": "*"},
    {"Sid": "ReadQueues", "Effect": "Allow", "Action": "sqs:ReceiveMessage", "Resource": "*"}
  ]
}
)";

class ConfigIgnore : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir.path() / ".git");
    dir.Write("policies/reader.json", kPolicy);
    dir.Write("other/reader.json", kPolicy);
  }
  Report Run(const std::string& ignores, const fs::path& from = {}, std::vector<std::string> paths = {"."}) {
    dir.Write(".slim-lint.json", R"({"select": ["SL3006", "SL9001"], "ignores": [)" + ignores + "]}");
    return Lint(from.empty() ? dir.path() : from, paths);
  }
  TempDir dir;
};

TEST_F(ConfigIgnore, PathGlob) {
  Report r = Run(R"({"rule": "SL3006", "path": "policies/*.json", "reason": "read-only"})");
  auto left = Of(r, "SL3006");
  ASSERT_EQ(left.size(), 2u);
  for (const Reported& f : left) EXPECT_EQ(f.path, "other/reader.json");
  EXPECT_EQ(r.suppressed, 2);
  EXPECT_TRUE(Of(r, "SL9001").empty());
}

TEST_F(ConfigIgnore, PathIsRelativeToTheConfigFolder) {
  // Run from a subfolder: findings print "reader.json", the entry says "policies/*.json".
  Report r = Run(R"({"rule": "SL3006", "path": "policies/*.json", "reason": "read-only"})", dir.path() / "policies");
  EXPECT_TRUE(Of(r, "SL3006").empty());
  EXPECT_EQ(r.suppressed, 2);
  EXPECT_TRUE(Of(r, "SL9001").empty());
}

TEST_F(ConfigIgnore, Sid) {
  Report r = Run(R"({"rule": "SL3006", "sid": "ReadLogs", "reason": "log groups are created per run"})");
  auto left = Of(r, "SL3006");
  ASSERT_EQ(left.size(), 2u);
  for (const Reported& f : left) EXPECT_NE(f.message.find("sqs"), std::string::npos) << f.message;
  EXPECT_EQ(r.suppressed, 2);
}

TEST_F(ConfigIgnore, JsonPointerAndPath) {
  Report r = Run(R"({"rule": "resource-star-on-scopable-actions", "path": "other/reader.json", "pointer": "/Statement/1",
                     "reason": "queues are created per run"})");
  EXPECT_EQ(Of(r, "SL3006").size(), 3u);
  EXPECT_EQ(r.suppressed, 1);
  // A pointer that is not a prefix at a token boundary does not match.
  r = Run(R"({"rule": "SL3006", "pointer": "/Statement/1/Res", "reason": "x"})");
  EXPECT_EQ(Of(r, "SL3006").size(), 4u);
  ASSERT_EQ(Of(r, "SL9001").size(), 1u);
  EXPECT_EQ(Of(r, "SL9001")[0].path, ".slim-lint.json");
}

TEST_F(ConfigIgnore, UnusedEntryIsSL9001OnlyWhenItsFilesWereLinted) {
  const std::string entry = R"({"rule": "SL3006", "path": "policies/*.json", "sid": "Nothing", "reason": "x"})";
  Report r = Run(entry);
  ASSERT_EQ(Of(r, "SL9001").size(), 1u);
  EXPECT_EQ(Of(r, "SL9001")[0].line, 1);
  // Linting only other files (as pre-commit does) does not judge it.
  r = Run(entry, {}, {"other/reader.json"});
  EXPECT_TRUE(Of(r, "SL9001").empty());
}

}  // namespace
}  // namespace slim::testing
