// Golden tests: one folder per rule under test_data/rules/ and one per scenario under
// test_data/scenarios/. A rule folder holds bad* and good* inputs, an optional `args` file
// (extra arguments, one per line) and expected.txt, the text output of running that rule
// alone on the folder. Every bad* file must draw at least one finding of the rule and no
// good* file may draw any. SLIM_UPDATE_GOLDEN=1 rewrites expected.txt after a deliberate change.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <map>
#include <set>

#include "engine/registry.h"
#include "test_support.h"

namespace slim::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> ExtraArgs(const fs::path& folder) {
  std::vector<std::string> args = ReadArgLines(folder / "args");
  // Goldens do not depend on a .slim-lint.json that happens to be in the checkout.
  if (std::find(args.begin(), args.end(), "--config") == args.end()) args.insert(args.begin(), "--no-config");
  return args;
}

// The folders under test_data/<kind>/ that hold `marker` (scenario folders without `args` are
// data for other tests).
std::vector<std::string> Folders(const std::string& kind, const char* marker = nullptr) {
  std::vector<std::string> names;
  fs::path root = SourceDir() / "test_data" / kind;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root, ec)) {
    if (entry.is_directory() && (!marker || fs::exists(entry.path() / marker))) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string TestName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name) {
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

void CompareGolden(const fs::path& expected_path, const std::string& actual) {
  if (UpdatingGolden()) {
    WriteFile(expected_path, actual);
    return;
  }
  ASSERT_TRUE(fs::exists(expected_path)) << expected_path << " is missing; run the tests with SLIM_UPDATE_GOLDEN=1";
  EXPECT_EQ(ReadFile(expected_path), actual) << "golden output differs: " << expected_path;
}

class RuleGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(RuleGolden, MatchesExpectedAndSeparatesBadFromGood) {
  const std::string folder_name = GetParam();
  std::string code = folder_name.substr(0, folder_name.find('-'));
  const Rule* rule = FindRule(code);
  ASSERT_NE(rule, nullptr) << "no rule " << code;
  EXPECT_EQ(folder_name, code + "-" + rule->info().name) << "folder must be named <CODE>-<name>";
  fs::path folder = SourceDir() / "test_data" / "rules" / folder_name;
  std::string relative = "test_data/rules/" + folder_name;

  std::vector<std::string> args = {"--select", code, "--color", "never", "-j", "1"};
  for (const std::string& a : ExtraArgs(folder)) args.push_back(a);

  std::vector<std::string> text_args = args;
  text_args.push_back(relative);
  CliResult text = RunSlim(text_args);
  EXPECT_NE(text.exit_code, 2) << text.err;
  CompareGolden(folder / "expected.txt", text.out);

  std::vector<std::string> json_args = args;
  json_args.insert(json_args.end(), {"--format", "json", relative});
  CliResult json = RunSlim(json_args);
  rapidjson::Document doc;
  doc.Parse(json.out.c_str());
  ASSERT_FALSE(doc.HasParseError()) << json.out;
  std::map<std::string, int> per_file;
  for (const auto& finding : doc["findings"].GetArray()) {
    EXPECT_STREQ(finding["rule"].GetString(), code.c_str());
    per_file[fs::path(finding["path"].GetString()).filename().string()]++;
  }
  int bad = 0, good = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    std::string name = entry.path().filename().string();
    if (name.rfind("bad", 0) == 0) {
      ++bad;
      EXPECT_GT(per_file[name], 0) << name << " draws no " << code << " finding";
    } else if (name.rfind("good", 0) == 0) {
      ++good;
      EXPECT_EQ(per_file[name], 0) << name << " must not draw a " << code << " finding";
    }
  }
  EXPECT_GT(bad, 0) << "a rule folder needs at least one bad* input";
  EXPECT_GT(good, 0) << "a rule folder needs at least one good* input";
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleGolden, ::testing::ValuesIn(Folders("rules")), TestName);

// A scenario folder has `args` (the command line, one argument per line, run from the
// repository root) and expected.txt; `exit` holds the expected exit status.
class ScenarioGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(ScenarioGolden, MatchesExpected) {
  fs::path folder = SourceDir() / "test_data" / "scenarios" / GetParam();
  std::vector<std::string> args = {"--color", "never", "-j", "2"};
  for (const std::string& a : ExtraArgs(folder)) args.push_back(a);
  CliResult result = RunSlim(args);
  CompareGolden(folder / "expected.txt", result.out);
  if (fs::exists(folder / "exit")) {
    std::string expected_exit = ReadFile(folder / "exit");
    if (UpdatingGolden()) WriteFile(folder / "exit", std::to_string(result.exit_code) + "\n");
    else EXPECT_EQ(std::stoi(expected_exit), result.exit_code) << result.err;
  }
}

INSTANTIATE_TEST_SUITE_P(Scenarios, ScenarioGolden, ::testing::ValuesIn(Folders("scenarios", "args")), TestName);

}  // namespace
}  // namespace slim::testing
