// SL3006 resource-star-on-scopable-actions: an identity policy allows, on "Resource": "*",
// actions that can be limited to specific resources (the catalog lists resource types for them).
// Every current and future resource of those types in the account is then in reach. Actions
// without resource types need "*" and are not reported; "*" and "<service>:*" are SL3003's and
// SL3004's. Statements that scope resources by condition (tags, resource account or
// organization) are attribute-based access control, not a missing ARN.
#include <algorithm>
#include <set>

#include "catalog/catalog.h"
#include "engine/check.h"
#include "rules/resources/action_resources.h"
#include "rules/resources/arn_analysis.h"
#include "rules/resources/resource_scoping.h"
#include "rules/resources/resources.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

const JsonValue* StarResource(const Statement& s) {
  for (const JsonValue* value : s.resource.values) {
    if (value->text() == "*") return value;
  }
  return nullptr;
}

// The scopable actions of one statement, and how to name them.
struct Scopable {
  std::vector<std::string> labels;  // "sqs:SendMessage", "s3:Get* (45 actions)"
  size_t count = 0;
  std::set<const ActionInfo*> seen;
  std::vector<std::pair<std::string, size_t>> format_uses;  // distinct ARN formats, and how many actions take each

  void Add(const Catalog& catalog, const ActionInfo& action) {
    if (!seen.insert(&action).second) return;
    const ActionResources& r = ResourcesOf(catalog, action);
    if (r.formats.empty()) return;
    ++count;
    for (const ArnFormat* f : r.formats) {
      auto it = std::find_if(format_uses.begin(), format_uses.end(), [&](const auto& u) { return u.first == f->text; });
      if (it == format_uses.end()) format_uses.emplace_back(f->text, 1);
      else ++it->second;
    }
  }

  // The formats most of the actions take first: "s3:Get*" should suggest objects and buckets,
  // not the one action's access grants.
  std::vector<std::string> Formats() const {
    auto sorted = format_uses;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<std::string> out;
    for (const auto& [text, uses] : sorted) out.push_back(text);
    return out;
  }
};

class ResourceStarOnScopableActions final : public Rule {
 public:
  ResourceStarOnScopableActions()
      : Rule({"SL3006", "resource-star-on-scopable-actions", Severity::kWarning,
              "Resource \"*\" for actions that support resource-level permissions; names the actions and the ARN format to use",
              {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kIdentity || check.document.anchor) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows()) continue;
      const JsonValue* star = StarResource(s);
      if (!star || ScopesResourcesByCondition(s)) continue;
      Scopable scopable;
      for (const JsonValue* value : s.action.values) Collect(check, value->text(), scopable);
      if (scopable.count == 0) continue;
      bool one = scopable.count == 1;
      Finding& f = check.Report(*star, StatementLabel(s) + " allows " + Plural(scopable.count, "action") +
                                           " on every resource (\"*\") although " + (one ? "it supports" : "they support") +
                                           " resource-level permissions: " + FirstOf(scopable.labels, 3) + "; name the resources instead, " +
                                           "with ARNs such as " + FirstOf(scopable.Formats(), 2));
      f.remediation.summary =
          "replace \"*\" with the ARNs of the resources the workload uses; keep \"*\" only for actions without "
          "resource-level permissions, in a statement of their own";
    }
  }

 private:
  static void Collect(const DocumentCheck& check, std::string_view text, Scopable& scopable) {
    const Catalog& catalog = check.catalog;
    size_t colon = text.find(':');
    if (colon == std::string_view::npos || HasWildcard(text.substr(0, colon)) || text.substr(colon + 1) == "*") return;
    if (!HasWildcard(text.substr(colon + 1))) {
      const ActionInfo* action = catalog.FindAction(text);
      if (!action) return;
      size_t before = scopable.count;
      scopable.Add(catalog, *action);
      if (scopable.count > before) scopable.labels.push_back(action->FullName());
      return;
    }
    size_t before = scopable.count;
    for (const ActionInfo* action : check.Expand(text)) scopable.Add(catalog, *action);
    size_t added = scopable.count - before;
    if (added > 0) scopable.labels.push_back(std::string(text) + " (" + Plural(added, "action") + ")");
  }
};

}  // namespace

RulePtr MakeResourceStarOnScopableActions() { return std::make_unique<ResourceStarOnScopableActions>(); }

}  // namespace slim
