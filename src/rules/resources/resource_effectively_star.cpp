// SL3024 resource-effectively-star: an Allow whose Resource ARN is a pattern that matches every
// resource of a type the action acts on, in any account and Region, as "*" would:
// "arn:*:cloudtrail:*:*:trail/*" for cloudtrail:PutEventSelectors, "arn:aws:s3:::*" for
// s3:GetObject. The ARN looks scoped and is not (Parliament's RESOURCE_EFFECTIVELY_STAR). A
// pattern is effectively "*" for a resource type when it includes every ARN format of the type
// with each placeholder free (glob_inclusion.h); the partition does not count, since a policy
// only ever meets resources of its own. "*" itself is SL3006's; a fixed account, Region or name
// prefix is scoping, and so is a policy variable or a condition on the resource's tags, account
// or organization. Only identity policies are checked, like SL3006.
#include <map>
#include <set>

#include "catalog/catalog.h"
#include "engine/check.h"
#include "rules/resources/action_resources.h"
#include "rules/resources/arn_analysis.h"
#include "rules/resources/arn_patterns.h"
#include "rules/resources/glob_inclusion.h"
#include "rules/resources/resource_scoping.h"
#include "rules/resources/resources.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// A Resource value as a pattern, when it could be effectively "*".
struct Pattern {
  const JsonValue* node;
  ArnFields fields;
};

// Every ARN of format `f` (placeholders free, partition aside) matches `p`.
bool Includes(const Pattern& p, const ArnFormat& f) {
  return GlobIncludes(f.service, p.fields.service()) && GlobIncludes(f.region_glob, p.fields.region()) &&
         GlobIncludes(f.account_glob, p.fields.account()) && GlobIncludes(f.resource_glob, p.fields.resource());
}

// What one pattern matches all of.
struct Coverage {
  std::set<std::string> types;       // "trail", "bucket"
  std::vector<std::string> actions;  // the actions it grants on them
  bool any_account = false, any_region = false;
};

std::string Scope(const Coverage& c) {
  if (c.any_account && c.any_region) return " in any account and Region";
  if (c.any_account) return " in any account";
  if (c.any_region) return " in any Region";
  return "";
}

class ResourceEffectivelyStar final : public Rule {
 public:
  ResourceEffectivelyStar()
      : Rule({"SL3024", "resource-effectively-star", Severity::kWarning,
              "an Allow whose Resource ARN matches every resource of the action's type, in any account and Region, as \"*\" would",
              {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kIdentity || check.document.anchor) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows() || !s.action.present() || ScopesResourcesByCondition(s)) continue;
      std::vector<Pattern> patterns;
      for (const JsonValue* value : s.resource.values) {
        const std::string& text = value->text();
        if (text == "*" || text.find("${") != std::string::npos) continue;
        if (auto fields = SplitArn(text)) patterns.push_back({value, *fields});
      }
      if (patterns.empty()) continue;
      std::vector<const ActionInfo*> actions = Actions(check, s);
      for (const Pattern& p : patterns) CheckPattern(check, s, p, actions);
    }
  }

 private:
  // The actions the statement names, without "*" or wildcard service prefixes (SL3003, SL3009).
  static std::vector<const ActionInfo*> Actions(const DocumentCheck& check, const Statement& s) {
    std::vector<const ActionInfo*> out;
    std::set<const ActionInfo*> seen;
    for (const JsonValue* value : s.action.values) {
      std::string_view text = value->text();
      size_t colon = text.find(':');
      if (colon == std::string_view::npos || HasWildcard(text.substr(0, colon))) continue;
      for (const ActionInfo* a : check.Expand(text)) {
        if (seen.insert(a).second) out.push_back(a);
      }
    }
    return out;
  }

  static void CheckPattern(const DocumentCheck& check, const Statement& s, const Pattern& p, const std::vector<const ActionInfo*>& actions) {
    std::map<const ArnFormat*, bool> included;
    auto covers = [&](const ArnFormat* f) {
      auto [it, inserted] = included.emplace(f, false);
      if (inserted) it->second = Includes(p, *f);
      return it->second;
    };
    Coverage coverage;
    for (const ActionInfo* a : actions) {
      const ActionResources& r = ResourcesOf(check.catalog, *a);
      bool granted = false;
      // ResourcesOf lists each type's formats together.
      for (size_t begin = 0, end = 0; begin < r.formats.size(); begin = end) {
        for (end = begin; end < r.formats.size() && r.formats[end]->type_name == r.formats[begin]->type_name; ++end) {}
        bool all = true;
        for (size_t k = begin; k < end && all; ++k) all = covers(r.formats[k]);
        if (!all) continue;
        granted = true;
        coverage.types.insert(r.formats[begin]->type_name);
        for (size_t k = begin; k < end; ++k) {
          coverage.any_account |= r.formats[k]->account != FieldUse::kNone;
          coverage.any_region |= r.formats[k]->region != FieldUse::kNone;
        }
      }
      if (granted) coverage.actions.push_back(a->FullName());
    }
    if (coverage.actions.empty()) return;
    std::vector<std::string> types(coverage.types.begin(), coverage.types.end());
    std::string what = types.size() <= 3 ? "every " + JoinWithAnd(types)
                                         : "every resource of " + std::to_string(types.size()) + " types (such as " + types[0] +
                                               " and " + types[1] + ")";
    Finding& f = check.Report(*p.node, "\"" + p.node->text() + "\" matches " + what + Scope(coverage) +
                                           ", as \"*\" would, so " + StatementLabel(s) + " allows " + FirstOf(coverage.actions, 3) +
                                           " without limiting the resources");
    f.remediation.summary = "narrow the ARN to the resources the workload uses (their names or a name prefix)" +
                            std::string(coverage.any_account ? ", or at least to your own account" : "") +
                            (coverage.any_region ? (coverage.any_account ? " and Region" : ", or at least to one Region") : "");
  }
};

}  // namespace

RulePtr MakeResourceEffectivelyStar() { return std::make_unique<ResourceEffectivelyStar>(); }

}  // namespace slim
