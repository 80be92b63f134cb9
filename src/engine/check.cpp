#include "engine/check.h"

#include <map>

#include "catalog/action_lookup.h"
#include "catalog/catalog.h"
#include "json/json_pointer.h"
#include "engine/registry.h"

namespace slim {
namespace {

bool Encloses(ByteSpan outer, ByteSpan inner) { return outer.begin <= inner.begin && inner.end <= outer.end; }

}  // namespace

Finding& VectorSink::Add(const Rule& rule, Location location, std::string message) {
  Finding& finding = out_.emplace_back();
  finding.rule = &rule.info();
  finding.severity = selection_.severity(rule);
  finding.location = std::move(location);
  finding.message = std::move(message);
  return finding;
}

// Walks down from the root to the child whose bytes enclose the node: a finding needs the
// pointer of one node, and indexing every node of every document cost more than the rules.
std::string PointerOf(const PolicyDocument& document, const JsonValue* node) {
  if (!document.root || !node) return {};
  std::string pointer;
  const JsonValue* current = &*document.root;
  while (current != node) {
    const JsonValue* next = nullptr;
    if (current->is_array()) {
      const auto& items = current->items();
      for (size_t i = 0; i < items.size() && !next; ++i) {
        if (&items[i] == node || Encloses(items[i].span(), node->span())) {
          next = &items[i];
          pointer += "/" + std::to_string(i);
        }
      }
    } else if (current->is_object()) {
      for (const JsonMember& m : current->members()) {
        if (&m.value == node || Encloses(m.value.span(), node->span())) {
          next = &m.value;
          pointer += "/" + EscapeJsonPointerToken(m.key);
          break;
        }
      }
    }
    if (!next || (next != node && next->span() == current->span())) return {};  // not in this tree
    current = next;
  }
  return pointer;
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
