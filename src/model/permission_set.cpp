#include "model/permission_set.h"

#include <set>

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

std::string StatementGrant::Describe() const {
  std::string where = grant->document->anchor ? grant->via : grant->document->label;
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

PermissionSet PermissionSet::Build(const std::vector<PolicyGrant>& grants, const Catalog& catalog) {
  PermissionSet set;
  set.catalog_ = &catalog;
  set.grants_ = grants;  // never resized again, so the pointers below stay valid
  std::set<const ActionInfo*> denied;
  for (const PolicyGrant& grant : set.grants_) {
    if (!grant.document || !grant.document->parsed()) continue;
    for (const Statement& s : grant.document->policy.statements) {
      bool unconstrained = OnEveryResource(s) && !HasCondition(s);
      if (s.denies()) {
        // Only a Deny that always applies takes actions away; a conditional or scoped one may not.
        if (unconstrained && s.resource.Contains("*")) {
          for (const ActionInfo* a : Covered(s, catalog)) denied.insert(a);
        }
        continue;
      }
      if (!s.allows()) continue;
      if (unconstrained && s.resource.Contains("*") && (s.action.Contains("*") || s.action.Contains("*:*"))) {
        set.administrator_ = true;
      }
      for (const ActionInfo* a : Covered(s, catalog)) set.allowed_[a].push_back({&grant, &s, unconstrained});
    }
  }
  for (const ActionInfo* a : denied) set.allowed_.erase(a);
  if (!denied.empty()) set.administrator_ = false;
  return set;
}

std::vector<const ActionInfo*> PermissionSet::Actions() const {
  std::vector<const ActionInfo*> out;
  out.reserve(allowed_.size());
  for (const auto& [action, grants] : allowed_) out.push_back(action);
  return out;
}

const std::vector<StatementGrant>* PermissionSet::Find(std::string_view action) const {
  const ActionInfo* info = catalog_->FindAction(action);
  if (!info) return nullptr;
  auto it = allowed_.find(info);
  return it == allowed_.end() ? nullptr : &it->second;
}

}  // namespace slim
