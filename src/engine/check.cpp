#include "engine/check.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "catalog/action_lookup.h"
#include "catalog/catalog.h"
#include "json/json_pointer.h"
#include "engine/registry.h"
#include "util/strings.h"

namespace slim {
namespace {

bool Encloses(ByteSpan outer, ByteSpan inner) { return outer.begin <= inner.begin && inner.end <= outer.end; }

bool IsWithin(std::string_view pointer, std::string_view parent) {
  return pointer.starts_with(parent) && (pointer.size() == parent.size() || pointer[parent.size()] == '/');
}

// The statement a JSON pointer is in, or null. "/Statement/<n>/..." is looked up by its index
// first: a policy of 50,000 statements has findings in every one.
const Statement* StatementAt(const Policy& policy, std::string_view pointer) {
  constexpr std::string_view kArray = "/Statement/";
  if (pointer.starts_with(kArray)) {
    std::string_view rest = pointer.substr(kArray.size());
    size_t index = 0, digits = 0;
    while (digits < rest.size() && digits < 9 && rest[digits] >= '0' && rest[digits] <= '9') {
      index = index * 10 + static_cast<size_t>(rest[digits++] - '0');
    }
    if (digits > 0 && index < policy.statements.size() && IsWithin(pointer, policy.statements[index].pointer)) {
      return &policy.statements[index];
    }
  }
  const Statement* found = nullptr;
  for (const Statement& s : policy.statements) {
    if (IsWithin(pointer, s.pointer)) found = &s;
  }
  return found;
}

}  // namespace

VectorSink::~VectorSink() {
  for (const auto& [rule, count] : counts_) {
    if (count.left_out == 0) continue;
    Finding& note = out_.emplace_back();
    note.rule = &rule->info();
    note.severity = selection_.severity(*rule);
    note.location = count.last;
    note.message = std::to_string(count.left_out) + " more " + std::string(rule->info().code) +
                   " findings in this input are not shown (at most " + std::to_string(kMaxPerRule) + " per rule)";
  }
}

Finding& VectorSink::Add(const Rule& rule, Location location, std::string message) {
  PerRule& count = counts_[&rule];
  if (count.kept == kMaxPerRule) {
    ++count.left_out;
    discarded_ = Finding{};
    return discarded_;
  }
  ++count.kept;
  count.last = location;
  Finding& finding = out_.emplace_back();
  finding.rule = &rule.info();
  finding.severity = selection_.severity(rule);
  finding.location = std::move(location);
  finding.message = std::move(message);
  return finding;
}

// Walks down from the root to the child whose bytes enclose the node: a finding needs the
// pointer of one node, and indexing every node of every document cost more than the rules.
// Children are in source order, so each step is a binary search (a 300,000-key object has a
// finding per key).
std::string PointerOf(const PolicyDocument& document, const JsonValue* node) {
  if (!document.root || !node) return {};
  std::string pointer;
  const JsonValue* current = &*document.root;
  auto encloses = [&](const JsonValue& child) { return &child == node || Encloses(child.span(), node->span()); };
  while (current != node) {
    const JsonValue* next = nullptr;
    if (current->is_array()) {
      const auto& items = current->items();
      auto it = std::upper_bound(items.begin(), items.end(), node->span().begin,
                                 [](uint32_t begin, const JsonValue& item) { return begin < item.span().begin; });
      if (it != items.begin() && encloses(*std::prev(it))) {
        next = &*std::prev(it);
        pointer += "/" + std::to_string(std::prev(it) - items.begin());
      }
    } else if (current->is_object()) {
      const auto& members = current->members();
      auto it = std::upper_bound(members.begin(), members.end(), node->span().begin,
                                 [](uint32_t begin, const JsonMember& m) { return begin < m.value.span().begin; });
      if (it != members.begin() && encloses(std::prev(it)->value)) {
        next = &std::prev(it)->value;
        pointer += "/" + EscapeJsonPointerToken(std::prev(it)->key);
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
  std::unordered_map<const JsonValue*, ActionLookup> lookups;  // by the action value's node
  std::unordered_map<std::string, std::vector<const ActionInfo*>, StringViewHash, std::equal_to<>> expansions;
  std::unordered_map<std::string, std::vector<const ActionInfo*>, StringViewHash, std::equal_to<>> expansions_by_address;
};

const ActionLookup& DocumentCheck::LookUp(const JsonValue& action) const {
  if (!cache) cache = std::make_shared<Cache>();
  auto it = cache->lookups.find(&action);
  if (it == cache->lookups.end()) it = cache->lookups.emplace(&action, LookUpAction(catalog, action.text())).first;
  return it->second;
}

const std::vector<const ActionInfo*>& DocumentCheck::Expand(std::string_view pattern) const {
  if (!cache) cache = std::make_shared<Cache>();
  auto it = cache->expansions.find(pattern);
  if (it == cache->expansions.end()) it = cache->expansions.emplace(std::string(pattern), catalog.ExpandAction(pattern)).first;
  return it->second;
}

const std::vector<const ActionInfo*>& DocumentCheck::ExpandByAddress(std::string_view pattern) const {
  if (!cache) cache = std::make_shared<Cache>();
  auto it = cache->expansions_by_address.find(pattern);
  if (it == cache->expansions_by_address.end()) {
    std::vector<const ActionInfo*> actions = Expand(pattern);
    std::sort(actions.begin(), actions.end());
    it = cache->expansions_by_address.emplace(std::string(pattern), std::move(actions)).first;
  }
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
  if (const Statement* s = StatementAt(document.policy, pointer)) finding.statement_sid = s->sid_text();
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
