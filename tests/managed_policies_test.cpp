// AWS's own managed policies are valid documents, so an `error` finding on one of them is a
// false positive, as is SL3001/SL3002 (the catalog lags AWS, but managed-policy evidence must
// cover it). Every current managed policy is linted with every rule; the few findings that are
// right (a policy that still names a retired action) are listed with a reason in
// test_data/scenarios/aws-managed-policies/exceptions.tsv, and an entry that no longer matches
// anything fails the test too, so the list stays honest.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "catalog/catalog.h"
#include "engine/registry.h"
#include "engine/rule_runner.h"
#include "model/managed_documents.h"
#include "test_support.h"

namespace slim::testing {
namespace {

using Key = std::pair<std::string, std::string>;  // policy, rule code

std::map<Key, std::string> Exceptions() {
  std::map<Key, std::string> out;
  std::istringstream in(ReadFile(SourceDir() / "test_data/scenarios/aws-managed-policies/exceptions.tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string policy, rule, reason;
    std::getline(fields, policy, '\t');
    std::getline(fields, rule, '\t');
    std::getline(fields, reason);
    EXPECT_FALSE(reason.empty()) << "an exception needs a reason: " << line;
    out[{policy, rule}] = reason;
  }
  return out;
}

TEST(AwsManagedPolicies, NoErrorOrUnknownActionOnAwsOwnDocuments) {
  const Catalog& catalog = Catalog::Embedded();
  RuleSelection selection;
  AnalysisSettings settings;
  RuleRunner runner(selection, catalog, settings);
  std::map<Key, std::string> exceptions = Exceptions();
  std::set<Key> used;
  std::map<std::string, size_t> per_rule;
  size_t documents = 0;
  for (const ManagedPolicy* policy : catalog.ManagedPolicies()) {
    PolicyDocumentPtr document = ManagedPolicyDocument(*policy);
    ASSERT_TRUE(document->parsed()) << policy->name;
    std::vector<Finding> findings;
    runner.RunStandalone(*document, findings);
    ++documents;
    for (const Finding& f : findings) {
      ++per_rule[f.rule->code];
      bool unacceptable = f.severity == Severity::kError || f.rule->code == "SL3001" || f.rule->code == "SL3002";
      if (!unacceptable) continue;
      Key key{std::string(policy->name), f.rule->code};
      if (exceptions.contains(key)) {
        used.insert(key);
        continue;
      }
      ADD_FAILURE() << policy->name << ": " << f.rule->code << " " << f.message;
    }
  }
  EXPECT_EQ(documents, 1644u);
  for (const auto& [key, reason] : exceptions) {
    EXPECT_TRUE(used.contains(key)) << "exception matches nothing any more: " << key.first << " " << key.second;
  }
  std::string summary;
  for (const auto& [rule, count] : per_rule) summary += rule + "=" + std::to_string(count) + " ";
  RecordProperty("findings_per_rule", summary);
  std::cout << "[ findings on AWS managed policies ] " << summary << '\n';
}

}  // namespace
}  // namespace slim::testing
