// The registry is the one source of truth: every rule has a doc page and a golden folder at
// predictable paths, the rule-contract codes keep their names and severities, and the rule
// index in docs/rules/README.md is the one the registry generates.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <set>

#include "embed/embedded_files.h"
#include "engine/registry.h"
#include "test_support.h"

namespace slim::testing {
namespace {

namespace fs = std::filesystem;

TEST(Registry, CodesAndNamesAreWellFormedAndUnique) {
  std::set<std::string> codes, names;
  for (const Rule* rule : AllRules()) {
    const RuleInfo& r = rule->info();
    EXPECT_TRUE(RE2::FullMatch(r.code, R"(SL[1-9]\d{3})")) << r.code;
    EXPECT_TRUE(RE2::FullMatch(r.name, R"([a-z0-9]+(-[a-z0-9]+)*)")) << r.name;
    EXPECT_FALSE(r.summary.empty()) << r.code;
    EXPECT_TRUE(codes.insert(r.code).second) << "duplicate code " << r.code;
    EXPECT_TRUE(names.insert(r.name).second) << "duplicate name " << r.name;
  }
}

TEST(Registry, ContractCodesKeepTheirNamesAndSeverities) {
  struct Fixed {
    const char* code;
    const char* name;
    Severity severity;
  };
  // From the rule contract; a code once shipped is never renamed or reused.
  const Fixed fixed[] = {
      {"SL1001", "invalid-json", Severity::kError},
      {"SL1002", "duplicate-key", Severity::kError},
      {"SL2001", "public-trust-principal", Severity::kSecurity},
      {"SL2002", "cross-account-trust", Severity::kWarning},
      {"SL2003", "cross-account-without-external-id", Severity::kSecurity},
      {"SL2004", "service-principal-without-source", Severity::kWarning},
      {"SL2008", "allow-with-not-principal", Severity::kSecurity},
      {"SL3003", "allow-all-actions", Severity::kSecurity},
      {"SL3004", "service-wide-wildcard", Severity::kSecurity},
      {"SL3005", "allow-with-not-action", Severity::kSecurity},
      {"SL3007", "pass-role-unrestricted", Severity::kSecurity},
      {"SL4001", "hardcoded-account-id", Severity::kWarning},
      {"SL4002", "placeholder-account-id", Severity::kError},
      {"SL5001", "administrator-access", Severity::kSecurity},
      {"SL5002", "admin-equivalent-policy", Severity::kSecurity},
      {"SL5003", "full-access-grant", Severity::kSecurity},
      {"SL5004", "deprecated-managed-policy", Severity::kError},
      {"SL8001", "missing-policy-file", Severity::kError},
      {"SL8002", "managed-policy-quota", Severity::kWarning},
  };
  for (const Fixed& f : fixed) {
    const Rule* rule = FindRule(f.code);
    ASSERT_NE(rule, nullptr) << f.code;
    EXPECT_EQ(rule->info().name, f.name);
    EXPECT_EQ(rule->info().severity, f.severity) << f.code;
  }
}

TEST(Registry, EveryRuleHasADocPageAndAGoldenFolder) {
  for (const Rule* rule : AllRules()) {
    const RuleInfo& r = rule->info();
    EXPECT_TRUE(fs::exists(SourceDir() / r.doc_path())) << "missing " << r.doc_path();
    EXPECT_FALSE(FindEmbeddedFile(r.doc_path()).empty()) << r.doc_path() << " is not embedded (re-run cmake)";
    EXPECT_TRUE(fs::is_directory(SourceDir() / "test_data" / "rules" / (r.code + "-" + r.name)))
        << "missing test_data/rules/" << r.code << "-" << r.name;
  }
}

TEST(Registry, NoOrphanDocPagesOrGoldenFolders) {
  std::set<std::string> expected;
  for (const Rule* rule : AllRules()) expected.insert(rule->info().code + "-" + rule->info().name);
  for (const auto& entry : fs::directory_iterator(SourceDir() / "docs" / "rules")) {
    std::string stem = entry.path().stem().string();
    if (entry.path().filename() == "README.md") continue;
    EXPECT_TRUE(expected.contains(stem)) << "docs/rules/" << entry.path().filename().string() << " matches no rule";
  }
  for (const auto& entry : fs::directory_iterator(SourceDir() / "test_data" / "rules")) {
    EXPECT_TRUE(expected.contains(entry.path().filename().string()))
        << "test_data/rules/" << entry.path().filename().string() << " matches no rule";
  }
}

TEST(Registry, DocPagesStartWithTheirCodeAndName) {
  for (const Rule* rule : AllRules()) {
    std::string page(FindEmbeddedFile(rule->info().doc_path()));
    std::string title = "# " + rule->info().code + " " + rule->info().name + "\n";
    EXPECT_EQ(page.substr(0, title.size()), title) << rule->info().doc_path();
  }
}

std::string GeneratedIndex() {
  std::string index =
      "# Rules\n\n"
      "Generated from the rule registry (`slim-lint --list-rules`); a test checks that it is current.\n"
      "Severities: `error` (AWS rejects the document or it cannot work), `security` (grants more than\n"
      "intended), `warning` (likely mistake), `suggestion` (hygiene).\n\n"
      "| Code | Name | Severity | Access Analyzer checks | Summary |\n"
      "|---|---|---|---|---|\n";
  for (const Rule* rule : AllRules()) {
    const RuleInfo& r = rule->info();
    std::string aws;
    for (const std::string& code : r.aws_issue_codes) aws += (aws.empty() ? "" : ", ") + ("`" + code + "`");
    std::string summary = r.summary;
    for (size_t at; (at = summary.find('|')) != std::string::npos;) summary.replace(at, 1, "\\|");
    index += "| [" + r.code + "](" + r.code + "-" + r.name + ".md) | " + r.name + " | " + std::string(SeverityName(r.severity)) +
             " | " + aws + " | " + summary + " |\n";
  }
  return index;
}

TEST(Registry, RuleIndexIsCurrent) {
  fs::path path = SourceDir() / "docs" / "rules" / "README.md";
  if (UpdatingGolden()) WriteFile(path, GeneratedIndex());
  EXPECT_EQ(ReadFile(path), GeneratedIndex()) << "docs/rules/README.md is stale; run the tests with SLIM_UPDATE_GOLDEN=1";
}

}  // namespace
}  // namespace slim::testing
