// SL3008 resource-type-mismatch: no Resource of the statement is of a type the action acts on,
// so the statement never applies to that action: s3:GetObject on "arn:aws:s3:::bucket" (objects
// are "bucket/key"), s3:ListBucket on "arn:aws:s3:::bucket/*", or an ARN for an action that
// supports only "*". One matching Resource is enough: AWS authorizes each resource of a request
// separately, so ec2:RunInstances on instance/* alone is valid when other statements grant the
// image, subnet and volume (Parliament reports that case; we do not). AWS managed policies
// attached in scripts are not checked: their authors are AWS, so a finding would not be the
// user's to fix.
#include <algorithm>
#include <unordered_map>

#include "catalog/catalog.h"
#include "engine/check.h"
#include "rules/resources/action_resources.h"
#include "rules/resources/arn_analysis.h"
#include "rules/resources/resources.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

struct ResourcePattern {
  std::string_view written;  // the resource part as the policy has it
  std::string service;       // as patterns
  std::string resource;
  bool any_resource = false;  // the resource part is only wildcards ("arn:aws:s3:::*")
};

// The statement's resources as patterns; nullopt when one of them could be anything ("*", a
// policy variable, text that is no ARN), so every action fits.
std::optional<std::vector<ResourcePattern>> Patterns(const Statement& s) {
  std::vector<ResourcePattern> out;
  for (const JsonValue* value : s.resource.values) {
    auto fields = SplitArn(value->text());
    if (!fields) return std::nullopt;
    ResourcePattern& p = out.emplace_back();
    p.written = fields->resource();
    p.service = PolicyFieldGlob(fields->service());
    p.resource = PolicyFieldGlob(fields->resource());
    p.any_resource = PolicyFieldMayBeEmpty(fields->resource());
  }
  if (out.empty()) return std::nullopt;
  return out;
}

// Whether a statement's resources fit an action's resource types. The actions of a statement
// share their resource types, so each format is matched against the resources once per
// statement (glob intersection is the costly part), keyed by address: no strings are built.
class StatementFit {
 public:
  explicit StatementFit(const std::vector<ResourcePattern>& resources) : resources_(resources) {}

  bool Fits(const ActionInfo& action, const ActionResources& r) {
    if (r.unknown_format) return true;
    // An action without resource types is authorized against "*". An ARN whose resource part
    // is all wildcards may stand for it (AWS's own examples grant s3:ListAllMyBuckets on
    // "arn:aws:s3:::*"), so only narrower ARNs are reported.
    if (r.star_only()) {
      return std::any_of(resources_.begin(), resources_.end(), [&](const ResourcePattern& p) {
        return p.any_resource && GlobsIntersect(p.service, action.service_prefix, true);
      });
    }
    return std::any_of(r.formats.begin(), r.formats.end(), [&](const ArnFormat* f) { return FormatFits(*f); });
  }

 private:
  bool FormatFits(const ArnFormat& f) {
    auto [it, inserted] = formats_.try_emplace(&f, false);
    if (inserted) {
      it->second = std::any_of(resources_.begin(), resources_.end(), [&](const ResourcePattern& p) {
        return GlobsIntersect(f.service, p.service, true) && GlobsIntersect(f.resource_glob, p.resource, true);
      });
    }
    return it->second;
  }

  const std::vector<ResourcePattern>& resources_;
  std::unordered_map<const ArnFormat*, bool> formats_;
};

std::string Quoted(const Statement& s, size_t limit) {
  std::vector<std::string> items;
  for (size_t i = 0; i < s.resource.values.size() && i < limit; ++i) items.push_back("\"" + s.resource.values[i]->text() + "\"");
  if (s.resource.values.size() > limit) items.push_back(std::to_string(s.resource.values.size() - limit) + " more");
  return (s.resource.values.size() > 1 ? "any of " : "") + JoinWithAnd(items);
}

class ResourceTypeMismatch final : public Rule {
 public:
  ResourceTypeMismatch()
      : Rule({"SL3008", "resource-type-mismatch", Severity::kWarning,
              "no Resource in the statement matches any resource type the action supports", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.document.anchor) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows() && !s.denies()) continue;
      auto resources = Patterns(s);
      if (!resources) continue;
      StatementFit fit(*resources);
      for (const JsonValue* value : s.action.values) CheckAction(check, s, *value, *resources, fit);
    }
  }

 private:
  static void CheckAction(const DocumentCheck& check, const Statement& s, const JsonValue& node,
                          const std::vector<ResourcePattern>& resources, StatementFit& fit) {
    std::string_view text = node.text();
    size_t colon = text.find(':');
    if (colon == std::string_view::npos || HasWildcard(text.substr(0, colon))) return;
    auto outcome = [&] { return StatementLabel(s) + (s.allows() ? " never allows " : " never denies "); };
    if (HasWildcard(text.substr(colon + 1))) {
      const auto& actions = check.Expand(text);
      if (actions.empty()) return;
      for (const ActionInfo* a : actions) {
        if (fit.Fits(*a, ResourcesOf(check.catalog, *a))) return;
      }
      Finding& f = check.Report(node, "no action that \"" + std::string(text) + "\" covers (" + Plural(actions.size(), "action") +
                                          ") acts on " + Quoted(s, 3) + ", so " + outcome() + "them");
      f.remediation.summary = "grant \"" + std::string(text) + "\" on the resources its actions act on, or remove it";
      return;
    }
    const ActionInfo* action = check.catalog.FindAction(text);
    if (!action) return;
    const ActionResources& fitted = ResourcesOf(check.catalog, *action);
    if (fit.Fits(*action, fitted)) return;
    ActionResources r = fitted;  // reordered below for the message
    std::string name = action->FullName();
    if (r.star_only()) {
      Finding& f = check.Report(node, name + " does not support resource-level permissions: only \"Resource\": \"*\" covers it, so " +
                                          outcome() + "it on " + Quoted(s, 3));
      f.remediation.summary = "move " + name + " to a statement with \"Resource\": \"*\"";
      return;
    }
    // The types nearest to what the policy wrote first: most likely the one it meant.
    std::stable_sort(r.formats.begin(), r.formats.end(), [&](const ArnFormat* x, const ArnFormat* y) {
      return EditDistance(x->resource, resources.front().written) < EditDistance(y->resource, resources.front().written);
    });
    Finding& f = check.Report(node, name + " does not act on " + Quoted(s, 3) + ": it acts on " + DescribeFormats(r.formats) + ", so " +
                                        outcome() + "it");
    f.remediation.summary = "add the ARNs of its " + r.formats.front()->type_name + " resources (" + r.formats.front()->text +
                            ") to Resource, or move " + name + " to a statement that names them";
  }
};

}  // namespace

RulePtr MakeResourceTypeMismatch() { return std::make_unique<ResourceTypeMismatch>(); }

}  // namespace slim
