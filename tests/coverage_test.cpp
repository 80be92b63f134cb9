// Coverage of the peers' checks. rules/coverage.json maps every IAM Access Analyzer policy
// check, every Parliament finding type and every Cloudsplaining risk category to the slim-lint
// rules that report it, or states why none does. These tests keep that data honest against
// the registry (a rule named for a check must list its issue code; an issue code a rule lists
// must be a real Access Analyzer check), check that every claimed issue code is really
// produced on some golden input, and regenerate docs/coverage.md from the data.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include "engine/registry.h"
#include "test_support.h"

namespace slim::testing {
namespace {

namespace fs = std::filesystem;

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

// One row of rules/coverage.json, whichever table it is in.
struct Entry {
  std::string id;        // issue code, Parliament type or Cloudsplaining category
  std::string severity;  // the peer's severity (empty for Cloudsplaining)
  std::string detail;    // meaning or title
  std::string extra;     // AA: offline class; Parliament: core or community auditor
  std::vector<std::string> rules;
  std::vector<std::string> dropped;  // AA only: registry claims not counted (see dropped_reason)
  std::string reason;                // why no rule, or a note next to the rules
};

struct Coverage {
  std::vector<Entry> access_analyzer, parliament, cloudsplaining;
  std::map<std::string, std::string> sources;
};

const Coverage& LoadCoverage() {
  static const Coverage coverage = [] {
    Coverage c;
    std::string text = ReadFile(SourceDir() / "rules" / "coverage.json");
    rapidjson::Document doc;
    doc.Parse(text.c_str());
    bool shaped = !doc.HasParseError() && doc.IsObject() && doc.HasMember("sources") && doc["sources"].IsObject();
    for (const char* table : {"access_analyzer", "parliament", "cloudsplaining"}) {
      shaped = shaped && doc.HasMember(table) && doc[table].IsArray();
    }
    if (!shaped) {
      ADD_FAILURE() << "rules/coverage.json is not valid JSON with sources, access_analyzer, parliament and cloudsplaining";
      return c;
    }
    // By index: clang reads rapidjson's member-iterator != as ambiguous under C++20.
    const rapidjson::Value& sources = doc["sources"];
    for (rapidjson::SizeType i = 0; i < sources.MemberCount(); ++i) {
      const auto& s = *(sources.MemberBegin() + i);
      c.sources[s.name.GetString()] = s.value.IsString() ? s.value.GetString() : "";
    }
    for (const auto& v : doc["access_analyzer"].GetArray()) {
      c.access_analyzer.push_back({String(v, "issue_code"), String(v, "severity"), String(v, "meaning"),
                                   String(v, "offline"), Strings(v, "rules"), Strings(v, "dropped"),
                                   String(v, "reason")});
    }
    for (const auto& v : doc["parliament"].GetArray()) {
      bool community = v.IsObject() && v.HasMember("community") && v["community"].IsTrue();
      c.parliament.push_back({String(v, "type"), String(v, "severity"), String(v, "title"),
                              community ? "community" : "core", Strings(v, "rules"), {}, String(v, "reason")});
    }
    for (const auto& v : doc["cloudsplaining"].GetArray()) {
      c.cloudsplaining.push_back({String(v, "category"), "", String(v, "meaning"), "", Strings(v, "rules"), {},
                                  String(v, "reason")});
    }
    return c;
  }();
  return coverage;
}

bool Claims(const Rule& rule, const std::string& issue_code) {
  const auto& codes = rule.info().aws_issue_codes;
  return std::find(codes.begin(), codes.end(), issue_code) != codes.end();
}

// Every row names rules that exist, or says why there are none; ids are unique per table.
void ExpectWellFormed(const std::vector<Entry>& table, const char* name) {
  std::set<std::string> ids;
  for (const Entry& e : table) {
    EXPECT_FALSE(e.id.empty()) << name;
    EXPECT_TRUE(ids.insert(e.id).second) << name << ": " << e.id << " is listed twice";
    EXPECT_TRUE(!e.rules.empty() || !e.reason.empty()) << name << ": " << e.id << " needs rules or a reason";
    EXPECT_EQ(e.reason.find("TODO"), std::string::npos) << name << ": " << e.id;
    for (const std::string& code : e.rules) EXPECT_NE(FindRule(code), nullptr) << name << ": " << e.id << " names unknown rule " << code;
  }
}

TEST(Coverage, TablesAreWellFormed) {
  const Coverage& c = LoadCoverage();
  // The Access Analyzer snapshot (shared/spec/access_analyzer_checks.md) has 135 distinct checks.
  EXPECT_EQ(c.access_analyzer.size(), 135u);
  ExpectWellFormed(c.access_analyzer, "access_analyzer");
  ExpectWellFormed(c.parliament, "parliament");
  ExpectWellFormed(c.cloudsplaining, "cloudsplaining");
  for (const char* source : {"access_analyzer", "parliament", "cloudsplaining"}) {
    EXPECT_TRUE(c.sources.contains(source)) << "attribution for " << source << " is missing";
  }
}

TEST(Coverage, AccessAnalyzerClaimsMatchTheRegistry) {
  const Coverage& c = LoadCoverage();
  std::map<std::string, const Entry*> by_code;
  for (const Entry& e : c.access_analyzer) by_code[e.id] = &e;
  // A rule the data names for a check must list that check's issue code.
  for (const Entry& e : c.access_analyzer) {
    for (const std::string& code : e.rules) {
      if (const Rule* rule = FindRule(code)) {
        EXPECT_TRUE(Claims(*rule, e.id)) << "rules/coverage.json maps " << e.id << " to " << code
                                         << ", but " << code << " does not list it in aws_issue_codes";
      }
    }
    for (const std::string& code : e.dropped) {
      EXPECT_TRUE(std::find(e.rules.begin(), e.rules.end(), code) == e.rules.end()) << e.id << ": " << code;
    }
  }
  // Every issue code in the registry is a real check (a typo fails here), and the data names
  // each rule that claims one, or drops the claim with a reason.
  for (const Rule* rule : AllRules()) {
    for (const std::string& issue : rule->info().aws_issue_codes) {
      auto it = by_code.find(issue);
      if (it == by_code.end()) {
        ADD_FAILURE() << rule->info().code << " lists aws_issue_code " << issue << ", which is no Access Analyzer check";
        continue;
      }
      const Entry& e = *it->second;
      bool listed = std::find(e.rules.begin(), e.rules.end(), rule->info().code) != e.rules.end();
      bool dropped = std::find(e.dropped.begin(), e.dropped.end(), rule->info().code) != e.dropped.end();
      EXPECT_TRUE(listed || dropped) << rule->info().code << " claims " << issue
                                     << "; add it to that check's rules in rules/coverage.json";
      if (dropped) {
        EXPECT_FALSE(e.reason.empty()) << e.id << ": say why the claim of " << rule->info().code << " is dropped";
      }
    }
  }
}

int MappedAccessAnalyzerChecks() {
  int mapped = 0;
  for (const Entry& e : LoadCoverage().access_analyzer) mapped += e.rules.empty() ? 0 : 1;
  return mapped;
}

TEST(Coverage, AtLeast110AccessAnalyzerChecksAreMapped) {
  int mapped = MappedAccessAnalyzerChecks();
  std::cout << "[ coverage ] " << mapped << " of " << LoadCoverage().access_analyzer.size()
            << " Access Analyzer checks mapped to implemented rules\n";
  RecordProperty("mapped_access_analyzer_checks", mapped);
  EXPECT_GE(mapped, 110);  // issue 4's done-when
}

// ---- every claimed issue code is produced on some golden input ------------------------------

std::vector<std::string> ArgsFile(const fs::path& folder) {
  return ReadArgLines(folder / "args");
}

// Runs slim-lint as the golden harness does, in JSON, and collects "<rule> <issue code>" pairs.
void CollectIssueCodes(std::vector<std::string> args, std::set<std::string>& seen) {
  // The last --format wins, so a folder's own --format does not hide the JSON we read.
  args.insert(args.begin(), {"--color", "never", "-j", "2"});
  // As the golden harness: a folder's own --config replaces the --no-config every run gets.
  if (std::find(args.begin(), args.end(), "--config") == args.end()) args.insert(args.begin(), "--no-config");
  args.insert(args.end(), {"--format", "json"});
  CliResult result = RunSlim(args);
  rapidjson::Document doc;
  doc.Parse(result.out.c_str());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("findings")) {
    ADD_FAILURE() << "no JSON report for " << ::testing::PrintToString(args) << ": " << result.err;
    return;
  }
  for (const auto& f : doc["findings"].GetArray()) {
    if (f["aws_issue_code"].IsString()) seen.insert(std::string(f["rule"].GetString()) + " " + f["aws_issue_code"].GetString());
  }
}

TEST(Coverage, EveryClaimedIssueCodeIsProducedOnAGoldenInput) {
  std::set<std::string> seen;
  // Rule folders run each rule alone, as their expected.txt does.
  for (const auto& entry : fs::directory_iterator(SourceDir() / "test_data" / "rules")) {
    std::string folder = entry.path().filename().string();
    std::string code = folder.substr(0, folder.find('-'));
    std::vector<std::string> args = {"--select", code};
    for (const std::string& a : ArgsFile(entry.path())) args.push_back(a);
    args.push_back("test_data/rules/" + folder);
    CollectIssueCodes(args, seen);
  }
  // Scenario folders run their whole command line (those without `args` are data, not goldens).
  for (const auto& entry : fs::directory_iterator(SourceDir() / "test_data" / "scenarios")) {
    if (fs::exists(entry.path() / "args")) CollectIssueCodes(ArgsFile(entry.path()), seen);
  }
  std::vector<std::string> unexercised;
  int claims = 0;
  for (const Entry& e : LoadCoverage().access_analyzer) {
    for (const std::string& code : e.rules) {
      ++claims;
      if (!seen.contains(code + " " + e.id)) unexercised.push_back(code + " " + e.id);
    }
  }
  std::cout << "[ coverage ] " << claims - unexercised.size() << " of " << claims
            << " claimed (rule, issue code) pairs are produced on a golden input\n";
  EXPECT_TRUE(unexercised.empty()) << "claimed but produced on no golden input (add a case to "
                                      "test_data/scenarios/access-analyzer-checks/):\n  "
                                   << ::testing::PrintToString(unexercised);
}

// ---- docs/coverage.md -------------------------------------------------------------------------

std::string Cell(std::string text) {
  for (size_t at = 0; (at = text.find('|', at)) != std::string::npos; at += 2) text.replace(at, 1, "\\|");
  return text;
}

std::string RuleLinks(const std::vector<std::string>& codes) {
  std::string out;
  for (const std::string& code : codes) {
    const Rule* rule = FindRule(code);
    if (!rule) continue;
    out += (out.empty() ? "" : ", ") + ("[" + code + "](rules/" + code + "-" + rule->info().name + ".md) " + rule->info().name);
  }
  return out.empty() ? "—" : out;
}

std::string GeneratedCoverage() {
  const Coverage& c = LoadCoverage();
  int parliament_mapped = 0, cloudsplaining_mapped = 0;
  for (const Entry& e : c.parliament) parliament_mapped += e.rules.empty() ? 0 : 1;
  for (const Entry& e : c.cloudsplaining) cloudsplaining_mapped += e.rules.empty() ? 0 : 1;
  std::string md =
      "# Coverage of peer checks\n\n"
      "Generated from the rule registry and `rules/coverage.json` by `tests/coverage_test.cpp`, which\n"
      "fails when this page is stale (`SLIM_UPDATE_GOLDEN=1` rewrites it), when the data maps a check to\n"
      "a rule that does not list its issue code, or when a rule lists an issue code that is no Access\n"
      "Analyzer check. The same test checks that every (rule, issue code) pair below is produced on some\n"
      "golden input under `test_data/`.\n\n"
      "- IAM Access Analyzer policy checks: " + std::to_string(MappedAccessAnalyzerChecks()) + " of " +
      std::to_string(c.access_analyzer.size()) + " mapped to implemented rules.\n"
      "- Parliament finding types: " + std::to_string(parliament_mapped) + " of " + std::to_string(c.parliament.size()) +
      " mapped; case-by-case comparison in `test_data/scenarios/parliament-conformance/`.\n"
      "- Cloudsplaining risk categories: " + std::to_string(cloudsplaining_mapped) + " of " +
      std::to_string(c.cloudsplaining.size()) + " mapped.\n\n"
      "## IAM Access Analyzer policy checks\n\n"
      "Offline: S = decidable from the document alone, DB = needs the service catalog, SMT = needs set\n"
      "reasoning over actions and ARNs. A finding of the rule carries the issue code in `aws_issue_code`.\n"
      "The SCP checks apply under `--type scp`.\n\n"
      "| Severity | Issue code | Meaning | Offline | slim-lint rule | Note |\n"
      "|---|---|---|---|---|---|\n";
  for (const Entry& e : c.access_analyzer) {
    md += "| " + e.severity + " | `" + e.id + "` | " + Cell(e.detail) + " | " + e.extra + " | " + RuleLinks(e.rules) +
          " | " + Cell(e.reason) + " |\n";
  }
  md +=
      "\n## Parliament finding types\n\n"
      "Core auditors run by default; community auditors with `--include-community-auditors`.\n\n"
      "| Type | Severity | Auditor | Title | slim-lint rule | Note |\n"
      "|---|---|---|---|---|---|\n";
  for (const Entry& e : c.parliament) {
    md += "| `" + e.id + "` | " + e.severity + " | " + e.extra + " | " + Cell(e.detail) + " | " + RuleLinks(e.rules) +
          " | " + Cell(e.reason) + " |\n";
  }
  md +=
      "\n## Cloudsplaining risk categories\n\n"
      "slim-lint evaluates these per principal, over all of its policies together (see the SL6xxx pages).\n\n"
      "| Category | Meaning | slim-lint rule | Note |\n"
      "|---|---|---|---|\n";
  for (const Entry& e : c.cloudsplaining) {
    md += "| " + e.id + " | " + Cell(e.detail) + " | " + RuleLinks(e.rules) + " | " + Cell(e.reason) + " |\n";
  }
  md += "\n## Sources\n\n";
  for (const auto& [name, text] : c.sources) md += "- " + name + ": " + text + "\n";
  return md;
}

TEST(Coverage, DocIsCurrent) {
  fs::path path = SourceDir() / "docs" / "coverage.md";
  if (UpdatingGolden()) WriteFile(path, GeneratedCoverage());
  // Not EXPECT_EQ: the page is long, and the message says how to bring it up to date.
  EXPECT_TRUE(ReadFile(path) == GeneratedCoverage()) << "docs/coverage.md is stale; run the tests with SLIM_UPDATE_GOLDEN=1";
}

}  // namespace
}  // namespace slim::testing
