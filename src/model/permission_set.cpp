#include "model/permission_set.h"

#include <array>
#include <set>
#include <unordered_set>

#include "model/managed_documents.h"
#include "model/role_model.h"
#include "util/strings.h"

namespace slim {
namespace {

bool HasCondition(const Statement& s) {
  return s.condition && (!s.condition->value.is_object() || !s.condition->value.members().empty());
}

bool OnEveryResource(const Statement& s) { return s.resource.Contains("*") || s.not_resource.present(); }

// The catalog actions a statement's action element covers.
std::vector<const ActionInfo*> Covered(const Statement& s, const Catalog& catalog) {
  std::vector<const ActionInfo*> out;
  if (s.action.present()) {
    for (const JsonValue* pattern : s.action.values) {
      auto expanded = catalog.ExpandAction(pattern->text());
      out.insert(out.end(), expanded.begin(), expanded.end());
    }
  } else if (s.not_action.present()) {
    std::set<const ActionInfo*> excluded;
    for (const JsonValue* pattern : s.not_action.values) {
      for (const ActionInfo* a : catalog.ExpandAction(pattern->text())) excluded.insert(a);
    }
    for (const ActionInfo* a : catalog.ExpandAction("*")) {
      if (!excluded.contains(a)) out.push_back(a);
    }
  }
  return out;
}

}  // namespace

// The actions a boundary never allows: those no Allow statement of it covers, and those an
// unconditional Deny on every resource takes away. A conditional or scoped statement is read
// as allowing (or not denying): only what the boundary certainly blocks is subtracted.
static std::set<const ActionInfo*> OutsideBoundary(const PolicyDocument& boundary, const ActionGrants& allowed, const Catalog& catalog) {
  std::set<const ActionInfo*> inside, denied;
  for (const Statement& s : boundary.policy.statements) {
    std::vector<const ActionInfo*> covered = Covered(s, catalog);
    if (s.allows()) inside.insert(covered.begin(), covered.end());
    if (s.denies() && s.resource.Contains("*") && !HasCondition(s)) denied.insert(covered.begin(), covered.end());
  }
  std::set<const ActionInfo*> outside;
  for (const auto& [action, grants] : allowed) {
    if (!inside.contains(action) || denied.contains(action)) outside.insert(action);
  }
  return outside;
}

std::string StatementGrant::Describe() const {
  std::string where = grant->via.empty() ? grant->document->label : grant->via;
  std::string_view sid = statement->sid_text();
  return where + (sid.empty() ? ", statement " + std::to_string(statement->index + 1) : ", statement \"" + std::string(sid) + "\"");
}

std::optional<Location> StatementGrant::Where() const {
  const PolicyDocument& document = *grant->document;
  if (document.anchor) return document.anchor;
  const JsonMember* element = statement->action.present() ? statement->action.member : statement->not_action.member;
  if (!element) return grant->location;
  return document.LocationOf(element->key_span);
}

PolicyDocumentPtr PermissionSet::BoundaryOf(const IamPrincipal& principal, const RoleModel* model, const Catalog& catalog) {
  const std::string& arn = principal.permissions_boundary_arn;
  if (arn.empty()) return nullptr;
  PolicyDocumentPtr document;
  if (IsAwsManagedPolicyArn(arn)) {
    if (const ManagedPolicy* policy = catalog.FindManagedPolicyByArn(arn)) document = ManagedPolicyDocument(*policy);
  } else if (model) {
    if (const CustomerPolicy* policy = model->FindCustomerPolicy(PolicyNameFromArn(arn))) document = policy->document;
  }
  return document && document->parsed() ? document : nullptr;
}

namespace {

// What an unconditioned statement grants or denies, as text: effect, actions and resources.
std::string UnconditionedKey(const Statement& s) {
  const std::array<const StringListElement*, 4> elements{&s.action, &s.not_action, &s.resource, &s.not_resource};
  size_t size = 5;
  for (const StringListElement* e : elements) {
    for (const JsonValue* v : e->values) size += v->text().size() + 12;
  }
  std::string key;
  key.reserve(size);
  key += s.allows() ? 'A' : 'D';
  for (const StringListElement* e : elements) {
    key += e->present() ? '[' : '-';
    for (const JsonValue* v : e->values) {
      key += std::to_string(v->text().size());
      key += ':';
      key += v->text();
    }
  }
  return key;
}

}  // namespace

PermissionSet PermissionSet::Build(const std::vector<PolicyGrant>& grants, const Catalog& catalog, const PolicyDocument* boundary) {
  PermissionSet set;
  set.catalog_ = &catalog;
  set.grants_ = grants;  // never resized again, so the pointers below stay valid
  std::set<const ActionInfo*> denied;
  for (const PolicyGrant& grant : set.grants_) {
    if (!grant.document || !grant.document->parsed()) continue;
    std::unordered_set<std::string> seen;  // of this document's statements without a condition
    for (const Statement& s : grant.document->policy.statements) {
      // A repeat of an earlier statement grants nothing new: skipping it keeps a document of
      // thousands of identical "*" statements from costing statements x 20,000 actions.
      if (!s.condition && !seen.insert(UnconditionedKey(s)).second) continue;
      if (s.denies()) {
        // Only a Deny that always applies takes actions away; a conditional or scoped one may not.
        if (!HasCondition(s) && s.resource.Contains("*")) {
          for (const ActionInfo* a : Covered(s, catalog)) denied.insert(a);
        }
        continue;
      }
      if (!s.allows()) continue;
      if (!HasCondition(s) && s.resource.Contains("*") && (s.action.Contains("*") || s.action.Contains("*:*"))) {
        set.administrator_ = true;
      }
      bool every_resource = OnEveryResource(s);
      for (const ActionInfo* a : Covered(s, catalog)) set.allowed_[a].push_back({&grant, &s, every_resource});
    }
  }
  for (const ActionInfo* a : denied) set.allowed_.erase(a);
  if (!denied.empty()) set.administrator_ = false;
  if (boundary && boundary->parsed()) {
    std::set<const ActionInfo*> outside = OutsideBoundary(*boundary, set.allowed_, catalog);
    for (const ActionInfo* a : outside) set.allowed_.erase(a);
    set.removed_by_boundary_ = outside.size();
    if (!outside.empty()) set.administrator_ = false;
  }
  return set;
}

std::vector<const ActionInfo*> PermissionSet::Actions() const {
  std::vector<const ActionInfo*> out;
  out.reserve(allowed_.size());
  for (const auto& [action, grants] : allowed_) out.push_back(action);
  return out;
}

const std::vector<StatementGrant>* PermissionSet::Find(std::string_view action) const { return Find(catalog_->FindAction(action)); }

const std::vector<StatementGrant>* PermissionSet::Find(const ActionInfo* action) const {
  if (!action) return nullptr;
  auto it = allowed_.find(action);
  return it == allowed_.end() ? nullptr : &it->second;
}

}  // namespace slim
