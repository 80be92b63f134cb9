#include "engine/check.h"

#include <map>

#include "catalog/action_lookup.h"
#include "catalog/catalog.h"
#include "json/json_pointer.h"
#include "engine/registry.h"

namespace slim {
namespace {

void IndexPointers(const JsonValue& node, const std::string& pointer,
                   std::unordered_map<const JsonValue*, std::string>& index) {
  index.emplace(&node, pointer);
  if (node.is_array()) {
    for (size_t i = 0; i < node.items().size(); ++i) IndexPointers(node.items()[i], pointer + "/" + std::to_string(i), index);
  } else if (node.is_object()) {
    for (const JsonMember& m : node.members()) IndexPointers(m.value, pointer + "/" + EscapeJsonPointerToken(m.key), index);
  }
}

}  // namespace

Finding& VectorSink::Add(const Rule& rule, Location location, std::string message) {
  Finding& finding = out_.emplace_back();
  finding.rule = &rule.info();
  finding.severity = selection_.severity(rule);
  finding.location = std::move(location);
  finding.message = std::move(message);
  return finding;
}

std::string PointerOf(const PolicyDocument& document, const JsonValue* node) {
  if (!document.root || !node) return {};
  if (document.pointer_index.empty()) IndexPointers(*document.root, "", document.pointer_index);
  auto it = document.pointer_index.find(node);
  return it == document.pointer_index.end() ? std::string() : it->second;
}

const std::vector<DocumentUse>& DocumentCheck::uses() const {
  static const std::vector<DocumentUse> kNone;
  return model ? model->UsesOf(&document) : kNone;
}

std::vector<const IamPrincipal*> DocumentCheck::principals() const {
  if (owner) return {owner};
  return model ? model->PrincipalsReachedBy(&document) : std::vector<const IamPrincipal*>{};
}

struct DocumentCheck::Cache {
  std::map<std::string, ActionLookup, std::less<>> lookups;
  std::map<std::string, std::vector<const ActionInfo*>, std::less<>> expansions;
};

const ActionLookup& DocumentCheck::LookUp(std::string_view action) const {
  if (!cache) cache = std::make_shared<Cache>();
  auto it = cache->lookups.find(action);
  if (it == cache->lookups.end()) it = cache->lookups.emplace(std::string(action), LookUpAction(catalog, action)).first;
  return it->second;
}

const std::vector<const ActionInfo*>& DocumentCheck::Expand(std::string_view pattern) const {
  if (!cache) cache = std::make_shared<Cache>();
  auto it = cache->expansions.find(pattern);
  if (it == cache->expansions.end()) it = cache->expansions.emplace(std::string(pattern), catalog.ExpandAction(pattern)).first;
  return it->second;
}

const PermissionSet& PrincipalCheck::permissions() const {
  if (!permission_set) {
    PolicyDocumentPtr boundary = PermissionSet::BoundaryOf(principal, model, catalog);
    permission_set = std::make_shared<const PermissionSet>(PermissionSet::Build(grants, catalog, boundary.get()));
  }
  return *permission_set;
}

Finding& DocumentCheck::ReportSpan(ByteSpan span, std::string message, std::string pointer) const {
  if (document.anchor) {
    // Inside an AWS managed policy: say where, since the location is the attachment.
    message += " (in AWS managed policy " + document.managed_policy_name;
    if (!pointer.empty()) message += " at " + pointer;
    message += ")";
  }
  Finding& finding = CheckBase::Report(document.LocationOf(span), std::move(message));
  for (const Statement& s : document.policy.statements) {
    bool inside = pointer == s.pointer || (pointer.size() > s.pointer.size() && pointer.rfind(s.pointer + "/", 0) == 0);
    if (inside) finding.statement_sid = s.sid_text();
  }
  finding.json_pointer = std::move(pointer);
  auto reached = principals();
  if (!reached.empty() && reached.front()->kind != PrincipalKind::kDocument) finding.principal = reached.front()->ref();
  return finding;
}

Finding& DocumentCheck::Report(const JsonValue& node, std::string message) const {
  return ReportSpan(node.span(), std::move(message), PointerOf(document, &node));
}

Finding& DocumentCheck::ReportKey(const JsonMember& member, std::string message) const {
  return ReportSpan(member.key_span, std::move(message), PointerOf(document, &member.value));
}

Finding& SourceCheck::ReportSpan(ByteSpan span, std::string message) const {
  Location location = document ? document->LocationOf(span) : Location{script->file, span};
  return Report(std::move(location), std::move(message));
}

}  // namespace slim
