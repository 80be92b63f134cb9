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

}  // namespace
}  // namespace slim::testing
