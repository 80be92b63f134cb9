#include "rules/conditions/managed_evidence.h"

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "json/json_parser.h"
#include "model/policy.h"
#include "util/strings.h"

namespace slim::conditions {
namespace {

// How AWS managed policies use condition keys: the catalog lags AWS, and AWS's own documents are
// the best evidence of what works.
struct ManagedUsage {
  std::set<std::string, std::less<>> keys;
  std::set<std::string, std::less<>> families;     // "secretsmanager:resourcetag/" of per-tag keys
  std::set<std::string, std::less<>> unqualified;  // compared without ForAllValues:/ForAnyValue: (Null aside)
  std::map<std::string, std::vector<std::string>, std::less<>> actions;  // key -> Action values beside it
};

ManagedUsage BuildManagedUsage(const Catalog& catalog) {
  ManagedUsage usage;
  for (const ManagedPolicy* managed : catalog.ManagedPolicies()) {
    JsonParseResult parsed = ParseJson(managed->document_json);
    if (!parsed.root) continue;
    Policy policy = BuildPolicy(*parsed.root);
    for (const Statement& s : policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        std::string key = ToLower(clause.key_member->key);
        const std::string& op = clause.operator_member->key;
        if (!StartsWith(op, "ForAllValues:") && !StartsWith(op, "ForAnyValue:") && !StartsWith(op, "Null")) {
          usage.unqualified.insert(key);
        }
        if (size_t slash = key.find('/'); slash != std::string::npos) usage.families.insert(key.substr(0, slash + 1));
        std::vector<std::string>& actions = usage.actions[key];
        for (const JsonValue* action : s.action.values) actions.push_back(ToLower(action->text()));
        usage.keys.insert(std::move(key));
      }
    }
  }
  return usage;
}

const ManagedUsage& Usage(const Catalog& catalog) {
  static std::mutex mutex;
  static std::map<const Catalog*, std::unique_ptr<ManagedUsage>> usages;
  std::lock_guard lock(mutex);
  auto& usage = usages[&catalog];
  if (!usage) usage = std::make_unique<ManagedUsage>(BuildManagedUsage(catalog));
  return *usage;
}

}  // namespace

bool UsedByManagedPolicy(const Catalog& catalog, std::string_view key) {
  const ManagedUsage& usage = Usage(catalog);
  std::string lower = ToLower(key);
  if (usage.keys.count(lower)) return true;
  size_t slash = lower.find('/');
  return slash != std::string::npos && usage.families.count(lower.substr(0, slash + 1)) > 0;
}

bool UsedUnqualifiedByManagedPolicy(const Catalog& catalog, std::string_view key) {
  return Usage(catalog).unqualified.count(ToLower(key)) > 0;
}

bool ManagedPolicyUsesKeyWith(const Catalog& catalog, std::string_view key, std::string_view action) {
  const auto& actions = Usage(catalog).actions;
  auto it = actions.find(ToLower(key));
  if (it == actions.end()) return false;
  for (const std::string& pattern : it->second) {
    if (WildcardMatch(pattern, action, true)) return true;
  }
  return false;
}

}  // namespace slim::conditions
