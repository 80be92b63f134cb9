// Parliament conformance. test_data/scenarios/parliament-conformance/ holds one policy per case
// of Parliament's own test suite and README (Part A) and of the probes where Parliament is
// known to be wrong (Part B), and cases.json says, per case, what Parliament reports, which
// slim-lint rules must be reported (its equivalents, or the right answer where Parliament is
// wrong), which must not, and why. This test runs slim-lint on each case, so a rule that
// regresses on a peer's case fails here; it also generates the folder's README.md from the table.
// The folder's expected.txt (the full text output) is checked by the scenario golden test.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <iostream>
#include <set>

#include "test_support.h"

namespace slim::testing {
namespace {

namespace fs = std::filesystem;

const char kFolder[] = "test_data/scenarios/parliament-conformance";

struct Case {
  std::string id, file, title, part, source, slim_lint, known_gap;
  bool community = false;
  bool exact = false;  // no rule outside `expect` may be reported
  std::vector<std::string> parliament, expect, must_not, args;
};

std::vector<std::string> Strings(const rapidjson::Value& object, const char* key) {
  std::vector<std::string> out;
  if (object.IsObject() && object.HasMember(key) && object[key].IsArray()) {
    for (const auto& v : object[key].GetArray()) out.emplace_back(v.IsString() ? v.GetString() : "(not a string)");
  }
  return out;
}

std::string String(const rapidjson::Value& object, const char* key) {
  return object.IsObject() && object.HasMember(key) && object[key].IsString() ? object[key].GetString() : "";
}

const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = [] {
    std::vector<Case> out;
    std::string text = ReadFile(SourceDir() / kFolder / "cases.json");
    rapidjson::Document doc;
    doc.Parse(text.c_str());
    // A malformed table yields no cases; TableCoversEveryCaseFile reports it.
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("cases") || !doc["cases"].IsArray()) return out;
    for (const auto& v : doc["cases"].GetArray()) {
      Case c;
      c.id = String(v, "id");
      c.file = String(v, "file");
      c.title = String(v, "title");
      c.part = String(v, "part");
      c.source = String(v, "source");
      c.slim_lint = String(v, "slim_lint");
      c.known_gap = String(v, "known_gap");
      c.community = v.IsObject() && v.HasMember("community") && v["community"].IsTrue();
      c.exact = v.IsObject() && v.HasMember("exact") && v["exact"].IsTrue();
      c.parliament = Strings(v, "parliament");
      c.expect = Strings(v, "expect");
      c.must_not = Strings(v, "must_not");
      c.args = Strings(v, "args");
      out.push_back(std::move(c));
    }
    return out;
  }();
  return cases;
}

std::vector<std::string> CaseIds() {
  std::vector<std::string> ids;
  for (const Case& c : Cases()) ids.push_back(c.id);
  return ids;
}

// The rule codes slim-lint reports on one case file.
std::set<std::string> ReportedRules(const Case& c) {
  std::vector<std::string> args = {"--no-config", "--format", "json", "-j", "1"};
  args.insert(args.end(), c.args.begin(), c.args.end());
  args.push_back(std::string(kFolder) + "/" + c.file);
  CliResult result = RunSlim(args);
  std::set<std::string> rules;
  rapidjson::Document doc;
  doc.Parse(result.out.c_str());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("findings")) {
    ADD_FAILURE() << c.id << ": no JSON report: " << result.err;
    return rules;
  }
  for (const auto& f : doc["findings"].GetArray()) rules.insert(f["rule"].GetString());
  return rules;
}

std::string Join(const std::vector<std::string>& items, const std::string& quote = "`") {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + quote + s + quote;
  return out;
}

class ParliamentCase : public ::testing::TestWithParam<std::string> {};

TEST_P(ParliamentCase, ReportsTheEquivalentRules) {
  const auto& cases = Cases();
  auto it = std::find_if(cases.begin(), cases.end(), [&](const Case& c) { return c.id == GetParam(); });
  ASSERT_NE(it, cases.end());
  const Case& c = *it;
  std::set<std::string> reported = ReportedRules(c);
  std::vector<std::string> all(reported.begin(), reported.end());
  for (const std::string& code : c.expect) {
    EXPECT_TRUE(reported.contains(code)) << c.id << " (" << c.title << "): expected " << code << "; slim-lint reports "
                                         << Join(all) << "\nwhy: " << c.slim_lint;
  }
  for (const std::string& code : c.must_not) {
    EXPECT_FALSE(reported.contains(code)) << c.id << " (" << c.title << "): " << code << " must not be reported\nwhy: "
                                          << c.slim_lint;
  }
  if (c.exact) {
    for (const std::string& code : reported) {
      EXPECT_TRUE(std::find(c.expect.begin(), c.expect.end(), code) != c.expect.end())
          << c.id << " (" << c.title << "): unexpected " << code << "\nwhy: " << c.slim_lint;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Parliament, ParliamentCase, ::testing::ValuesIn(CaseIds()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

TEST(ParliamentConformance, TableCoversEveryCaseFile) {
  const auto& cases = Cases();
  ASSERT_FALSE(cases.empty()) << kFolder << "/cases.json is missing or not valid JSON";
  std::set<std::string> files, ids;
  for (const Case& c : cases) {
    EXPECT_TRUE(ids.insert(c.id).second) << "case " << c.id << " is listed twice";
    EXPECT_TRUE(files.insert(c.file).second) << c.file;
    EXPECT_EQ(c.file.rfind(c.id + "-", 0), 0u) << c.file << " must be named after its case " << c.id;
    EXPECT_TRUE(c.part == "A" || c.part == "B") << c.id;
    EXPECT_FALSE(c.slim_lint.empty()) << c.id << " needs the reason for slim-lint's answer";
    for (const std::string& code : c.expect) {
      EXPECT_TRUE(std::find(c.must_not.begin(), c.must_not.end(), code) == c.must_not.end()) << c.id << ": " << code;
    }
  }
  // Every policy in the folder is a case, and the golden command line lints each of them.
  std::string args = ReadFile(SourceDir() / kFolder / "args");
  for (const auto& entry : fs::directory_iterator(SourceDir() / kFolder)) {
    std::string name = entry.path().filename().string();
    if (name.size() > 1 && name[0] == 'P' && isdigit(static_cast<unsigned char>(name[1]))) {
      EXPECT_TRUE(files.contains(name)) << name << " has no row in cases.json";
    }
  }
  for (const std::string& file : files) {
    EXPECT_TRUE(fs::exists(SourceDir() / kFolder / file)) << file;
    EXPECT_NE(args.find(std::string(kFolder) + "/" + file + "\n"), std::string::npos) << file << " is not in args";
  }
  int gaps = 0;
  for (const Case& c : cases) gaps += c.known_gap.empty() ? 0 : 1;
  std::cout << "[ conformance ] " << cases.size() << " Parliament cases, " << cases.size() - gaps
            << " with slim-lint's equivalent or better answer, " << gaps << " known gaps\n";
}

std::string Cell(std::string text) {
  for (size_t at = 0; (at = text.find('|', at)) != std::string::npos; at += 2) text.replace(at, 1, "\\|");
  return text;
}

std::string GeneratedReadme() {
  std::string md =
      "# Parliament conformance\n\n"
      "Each `P*.json` here is one case of [Parliament](https://github.com/duo-labs/parliament) (v1.6.4):\n"
      "Part A from its own unit tests and README, where Parliament is right and slim-lint must report the\n"
      "equivalent finding; Part B from probes where Parliament is known to be wrong, where slim-lint's\n"
      "different answer is the right one. Cases and Parliament's verdicts come from\n"
      "`shared/conformance/parliament_cases.md`.\n\n"
      "`cases.json` is the table; `tests/conformance_test.cpp` runs slim-lint on every case and fails when\n"
      "a rule in *slim-lint must report* is missing, a rule in *must not* appears, or (for cases marked\n"
      "*only*) any other rule appears, and regenerates this page (`SLIM_UPDATE_GOLDEN=1`). `expected.txt`\n"
      "is the full text output, checked by the scenario golden test.\n\n";
  int gaps = 0;
  for (const Case& c : Cases()) gaps += c.known_gap.empty() ? 0 : 1;
  md += std::to_string(Cases().size()) + " cases; " + std::to_string(gaps) + " known gap" + (gaps == 1 ? "" : "s") +
        " (marked below).\n\n"
        "| Case | Part | Policy | Parliament reports | slim-lint must report | must not | Why |\n"
        "|---|---|---|---|---|---|---|\n";
  for (const Case& c : Cases()) {
    std::string parliament = c.parliament.empty() ? "nothing" : Join(c.parliament);
    if (c.community) parliament += " (community auditors)";
    std::string expect = c.expect.empty() ? "nothing" : Join(c.expect);
    if (c.exact) expect += c.expect.empty() ? " at all" : " (only)";
    std::string why = c.slim_lint;
    if (!c.known_gap.empty()) why = "**Known gap:** " + c.known_gap + " " + why;
    md += "| " + c.id + " | " + c.part + " | [" + Cell(c.title) + "](" + c.file + ") | " + parliament + " | " + expect +
          " | " + (c.must_not.empty() ? "—" : Join(c.must_not)) + " | " + Cell(why) + " |\n";
  }
  md += "\nCase sources (Parliament's repository):\n\n";
  for (const Case& c : Cases()) md += "- " + c.id + ": " + c.source + "\n";
  return md;
}

TEST(ParliamentConformance, ReadmeIsCurrent) {
  fs::path path = SourceDir() / kFolder / "README.md";
  if (UpdatingGolden()) WriteFile(path, GeneratedReadme());
  EXPECT_TRUE(ReadFile(path) == GeneratedReadme()) << path << " is stale; run the tests with SLIM_UPDATE_GOLDEN=1";
}

}  // namespace
}  // namespace slim::testing
