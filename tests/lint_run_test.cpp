// The lint run as a whole: findings in path order, streamed as the run goes.
#include <gtest/gtest.h>

#include "catalog/catalog.h"
#include "engine/lint_run.h"
#include "engine/registry.h"
#include "temp_dir.h"

namespace slim::testing {
namespace {

// Records the order in which a run reports scripts and findings.
class EventLog final : public LintConsumer {
 public:
  void OnInputError(const Error& error) override { events.push_back("error " + error.message); }
  void OnFindings(std::vector<Finding> findings) override { events.push_back("findings " + Tail(findings.front().location.path())); }
  void OnScript(const ScriptInput& script) override { events.push_back("script " + Tail(script.file->path())); }

  std::vector<std::string> events;

 private:
  static std::string Tail(const std::string& path) { return std::filesystem::path(path).parent_path().filename().string(); }
};

size_t IndexOf(const std::vector<std::string>& events, const std::string& event) {
  auto it = std::find(events.begin(), events.end(), event);
  EXPECT_NE(it, events.end()) << event;
  return static_cast<size_t>(it - events.begin());
}

// Scripts that share nothing are modeled and reported one group at a time: the first folder's
// findings go out before the last folder's script is even read, so a large tree never holds
// every script and finding at once.
TEST(LintRun, StreamsFindingsGroupByGroup) {
  TempDir dir;
  constexpr const char* kTrust =
      R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]})";
  for (const char* folder : {"a", "m", "z"}) {
    dir.Write(std::string(folder) + "/setup.sh", "aws iam create-role --role-name role-" + std::string(folder) +
                                                     " --assume-role-policy-document file://trust.json\n");
    dir.Write(std::string(folder) + "/trust.json", kTrust);
  }
  RuleSelection selection;
  for (unsigned jobs : {1u, 2u}) {
    LintRequest request;
    request.paths = {dir.path().string()};
    request.selection = &selection;
    request.catalog = &Catalog::Embedded();
    request.jobs = jobs;
    EventLog log;
    RunLint(request, log);
    EXPECT_EQ(log.events.back(), "findings z") << jobs;
    EXPECT_LT(IndexOf(log.events, "findings a"), IndexOf(log.events, "script z")) << jobs;
    EXPECT_LT(IndexOf(log.events, "script a"), IndexOf(log.events, "findings a")) << jobs;
  }
}


// Counts what a run reports.
class Tally final : public LintConsumer {
 public:
  void OnInputError(const Error& error) override { errors.push_back(error.message); }
  void OnFindings(std::vector<Finding> findings) override {
    for (const Finding& finding : findings) paths.push_back(finding.location.path());
  }

  std::vector<std::string> errors;
  std::vector<std::string> paths;  // one per finding
};

Tally Lint(std::vector<std::string> paths, ReadLimits limits = {}) {
  static const RuleSelection selection;
  LintRequest request;
  request.paths = std::move(paths);
  request.selection = &selection;
  request.catalog = &Catalog::Embedded();
  request.limits = limits;
  Tally tally;
  RunLint(request, tally);
  return tally;
}

constexpr const char* kAdminPolicy = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]})";

// A document a script reads is analyzed once, with the script's role, however many names the
// run meets it by: a symbolic link to it, or the file named again by another path.
TEST(LintRun, DocumentReadByAScriptIsAnalyzedOnceUnderEveryName) {
  TempDir dir;
  dir.Write("b.json", kAdminPolicy);
  dir.Write("s/grant.sh", "aws iam put-role-policy --role-name A --policy-name p --policy-document file://../b.json\n");
  Tally alone = Lint({dir.path().string()});
  ASSERT_FALSE(alone.paths.empty());
  EXPECT_TRUE(alone.errors.empty());

  std::filesystem::create_symlink("b.json", dir.path() / "a-link.json");
  Tally linked = Lint({dir.path().string()});
  EXPECT_EQ(linked.paths, alone.paths);

  Tally named_twice = Lint({dir.path().string(), (dir.path() / "s" / ".." / "b.json").string()});
  EXPECT_EQ(named_twice.paths.size(), alone.paths.size());
}

// A document its script could not read (here: over the size limit) is still reported, once.
TEST(LintRun, DocumentItsScriptCannotReadIsReportedOnce) {
  TempDir dir;
  dir.Write("b.json", std::string(kAdminPolicy) + std::string(4096, ' '));
  dir.Write("s/grant.sh", "aws iam put-role-policy --role-name A --policy-name p --policy-document file://../b.json\n");
  std::filesystem::create_symlink("b.json", dir.path() / "a-link.json");
  Tally tally = Lint({dir.path().string()}, ReadLimits{.max_bytes = 1024});
  auto too_large = [](const std::string& error) { return error.find("larger than") != std::string::npos; };
  EXPECT_EQ(std::count_if(tally.errors.begin(), tally.errors.end(), too_large), 1) << ::testing::PrintToString(tally.errors);
}

}  // namespace
}  // namespace slim::testing
