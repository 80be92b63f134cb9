// SL3021 redundant-statement: a statement that grants (or denies) nothing another statement of
// the policy does not: the same effect, principals and conditions, and actions and resources
// within the other's, after expanding wildcards. The finding is on the statement that adds
// nothing; of two that grant exactly the same, on the later one, with an unsafe fix that removes
// it (unsafe: tools may refer to its Sid, and the catalog decides what wildcards name today).
// A statement contained in a wider one gets no fix: whether to drop it or merge is for a person.
// Principals and conditions must be the same, compared as sets (condition keys ignore case,
// value order does not matter); Action is compared with Action, NotAction with NotAction.
#include <algorithm>
#include <charconv>
#include <iterator>
#include <map>
#include <numeric>

#include "catalog/catalog_text.h"
#include "engine/check.h"
#include "rules/resources/action_coverage.h"
#include "rules/resources/redundancy.h"
#include "rules/resources/resource_coverage.h"
#include "rules/resources/resources.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// Appends `piece` so that no two sequences of pieces give the same text.
void Put(std::string& out, std::string_view piece) {
  char digits[24];
  auto end = std::to_chars(std::begin(digits), std::end(digits), piece.size()).ptr;
  out.append(digits, end);
  out += ':';
  out += piece;
}

// The sorted, distinct strings of a string or an array of strings; nullopt for anything else.
std::optional<std::vector<std::string>> StringSet(const JsonValue& value) {
  std::vector<std::string> out;
  if (value.is_string()) {
    out.push_back(value.text());
  } else if (value.is_array()) {
    for (const JsonValue& item : value.items()) {
      if (!item.is_string()) return std::nullopt;
      out.push_back(item.text());
    }
  } else {
    return std::nullopt;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool PutPrincipal(std::string& out, const JsonMember* member) {
  if (!member) {
    Put(out, "");
    return true;
  }
  Put(out, member->key);
  const JsonValue& value = member->value;
  if (value.is_string()) {
    Put(out, value.text());
    return true;
  }
  if (!value.is_object()) return false;
  std::map<std::string, std::vector<std::string>> entries;
  for (const JsonMember& m : value.members()) {
    auto values = StringSet(m.value);
    if (!values || !entries.emplace(m.key, std::move(*values)).second) return false;
  }
  for (const auto& [key, values] : entries) {
    Put(out, key);
    for (const std::string& v : values) Put(out, v);
  }
  return true;
}

// Conditions as a set of (operator, key in lower case) -> values; a key given twice under one
// operator (SL7007) makes the statement incomparable.
bool PutConditions(std::string& out, const JsonMember* condition) {
  if (!condition) return true;
  if (!condition->value.is_object()) return false;
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> clauses;
  for (const JsonMember& op : condition->value.members()) {
    if (!op.value.is_object()) return false;
    for (const JsonMember& key : op.value.members()) {
      std::vector<std::string> values;
      auto add = [&](const JsonValue& v) {
        if (v.is_array() || v.is_object()) return false;
        values.push_back(std::string(JsonKindName(v.kind())) + ":" + v.text());
        return true;
      };
      if (key.value.is_array()) {
        for (const JsonValue& v : key.value.items()) {
          if (!add(v)) return false;
        }
      } else if (!add(key.value)) {
        return false;
      }
      std::sort(values.begin(), values.end());
      values.erase(std::unique(values.begin(), values.end()), values.end());
      if (!clauses.emplace(std::pair{op.key, ToLower(key.key)}, std::move(values)).second) return false;
    }
  }
  for (const auto& [clause, values] : clauses) {
    Put(out, clause.first);
    Put(out, clause.second);
    for (const std::string& v : values) Put(out, v);
  }
  return true;
}

bool AllStrings(const StringListElement& e) {
  if (!e.present()) return true;
  const JsonValue& value = e.member->value;
  if (value.is_string()) return true;
  return value.is_array() && std::all_of(value.items().begin(), value.items().end(), [](const JsonValue& v) { return v.is_string(); });
}

// A statement, reduced to what the comparison needs.
struct Shape {
  const Statement* s = nullptr;
  std::string frame;  // effect, principals, conditions and which elements it uses
  const StringListElement* action_element = nullptr;
  bool not_action = false;
  const StringListElement* resources = nullptr;  // null when the statement has neither element
  bool not_resource = false;
  // The services its Action values name (as written, sorted and compared ignoring case), and
  // whether one value's service is a wildcard: a cheap first test, since most statements of a
  // policy name different services.
  std::vector<std::string_view> services;
  bool any_service = false;
  // When no Action value holds a wildcard, the values sorted ignoring case: a plain name covers
  // only itself, so such lists compare without the catalog.
  std::optional<std::vector<std::string_view>> plain_names;
  // What the catalog makes of the Action values, resolved only for the pairs that get as far
  // as comparing actions: most are told apart by their services or resources first.
  const std::vector<ActionValue>& actions(const DocumentCheck& check) const {
    if (!resolved) resolved = ResolveActionValues(check, *action_element);
    return *resolved;
  }
  mutable std::optional<std::vector<ActionValue>> resolved;
};

// Whether `outer`'s Action values can name every service `inner`'s do.
bool ServicesMayCover(const Shape& outer, const Shape& inner) {
  if (outer.any_service || outer.not_action) return true;
  if (inner.any_service) return false;
  return std::includes(outer.services.begin(), outer.services.end(), inner.services.begin(), inner.services.end(),
                       catalog_text::LessIgnoreCase);
}

std::optional<Shape> ShapeOf(const Statement& s) {
  if (!s.allows() && !s.denies()) return std::nullopt;
  const StringListElement& actions = s.actions();
  if (!actions.present() || !AllStrings(actions) || !AllStrings(s.resources())) return std::nullopt;
  if (s.principal.present() && s.not_principal.present()) return std::nullopt;
  Shape shape;
  shape.s = &s;
  shape.frame.reserve(64);
  Put(shape.frame, s.allows() ? "Allow" : "Deny");
  if (!PutPrincipal(shape.frame, s.principal.present() ? s.principal.member : s.not_principal.member)) return std::nullopt;
  if (!PutConditions(shape.frame, s.condition)) return std::nullopt;
  Put(shape.frame, actions.member->key);
  shape.not_action = &actions == &s.not_action;
  shape.action_element = &actions;
  shape.services.reserve(actions.values.size());
  std::vector<std::string_view> names;
  names.reserve(actions.values.size());
  bool any_wildcard = false;
  for (const JsonValue* value : actions.values) {
    std::string_view name = value->text();
    names.push_back(name);
    any_wildcard |= HasWildcard(name);
    std::string_view prefix = ActionPrefixAsWritten(name);
    if (prefix.empty()) shape.any_service = true;
    else shape.services.push_back(prefix);
  }
  if (!any_wildcard) {
    std::sort(names.begin(), names.end(), catalog_text::LessIgnoreCase);
    shape.plain_names = std::move(names);
  }
  std::sort(shape.services.begin(), shape.services.end(), catalog_text::LessIgnoreCase);
  auto same = [](std::string_view a, std::string_view b) { return catalog_text::CompareIgnoreCase(a, b) == 0; };
  shape.services.erase(std::unique(shape.services.begin(), shape.services.end(), same), shape.services.end());
  if (s.resources().present()) {
    shape.resources = &s.resources();
    shape.not_resource = shape.resources == &s.not_resource;
    Put(shape.frame, shape.resources->member->key);
  }
  return shape;
}

// Every resource of `inner` is named by some value of `outer`.
bool ResourcesCover(const StringListElement& outer, const StringListElement& inner) {
  return std::all_of(inner.values.begin(), inner.values.end(), [&](const JsonValue* i) {
    return std::any_of(outer.values.begin(), outer.values.end(), [&](const JsonValue* o) { return ResourceCovers(o->text(), i->text()); });
  });
}

// `a` grants (or denies) everything `b` does; both have the same frame.
// Services, then resources are compared first: cheaper tests, and the ones most pairs fail.
bool Contains(const DocumentCheck& check, const Shape& a, const Shape& b) {
  if (!ServicesMayCover(a, b)) return false;
  if (a.resources) {
    bool resources = a.not_resource ? ResourcesCover(*b.resources, *a.resources) : ResourcesCover(*a.resources, *b.resources);
    if (!resources) return false;
  }
  const Shape& outer = a.not_action ? b : a;
  const Shape& inner = a.not_action ? a : b;
  if (outer.plain_names && inner.plain_names) {
    return std::includes(outer.plain_names->begin(), outer.plain_names->end(), inner.plain_names->begin(), inner.plain_names->end(),
                         catalog_text::LessIgnoreCase);
  }
  return ActionListCovers(outer.actions(check), inner.actions(check));
}

struct Redundant {
  const Shape* gone;
  const Shape* kept;
  bool identical;
};

// Statements compared pairwise within one frame, at most.
constexpr size_t kMaxCompared = 1000;

// Actions and resources as written, sorted: equal for statements that say the same thing.
std::string ContentKey(const Shape& shape) {
  std::vector<std::string_view> actions, resources;
  for (const JsonValue* a : shape.action_element->values) actions.push_back(a->text());
  if (shape.resources) {
    for (const JsonValue* r : shape.resources->values) resources.push_back(r->text());
  }
  std::sort(actions.begin(), actions.end());
  std::sort(resources.begin(), resources.end());
  std::string key;
  for (std::string_view a : actions) Put(key, a);
  key += '|';
  for (std::string_view r : resources) Put(key, r);
  return key;
}

// Every statement identical to an earlier one of `group`, as redundant with the first.
void ReportIdentical(const std::vector<const Shape*>& group, std::vector<Redundant>& found) {
  std::map<std::string, const Shape*> first;
  for (const Shape* shape : group) {
    auto [it, inserted] = first.emplace(ContentKey(*shape), shape);
    if (!inserted) found.push_back({shape, it->second, true});
  }
}

class RedundantStatement final : public Rule {
 public:
  RedundantStatement()
      : Rule({"SL3021", "redundant-statement", Severity::kSuggestion,
              "a statement that grants or denies nothing another statement of the policy does not", {"REDUNDANT_STATEMENT"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    const auto& statements = check.document.policy.statements;
    if (statements.size() < 2) return;
    std::vector<Shape> shapes;
    shapes.reserve(statements.size());
    for (const Statement& s : statements) {
      if (auto shape = ShapeOf(s)) shapes.push_back(std::move(*shape));
    }
    std::map<std::string_view, std::vector<const Shape*>> groups;
    for (const Shape& shape : shapes) groups[shape.frame].push_back(&shape);

    std::vector<Redundant> found;
    for (auto& [frame, group] : groups) {
      if (group.size() < 2) continue;
      if (group.size() > kMaxCompared) {
        // Far beyond any size quota (a managed policy holds 6,144 characters): only statements
        // identical to an earlier one are reported, so that such a document cannot take
        // quadratic time.
        ReportIdentical(group, found);
        continue;
      }
      std::vector<size_t> rank(group.size());
      std::iota(rank.begin(), rank.end(), 0);
      std::vector<std::vector<size_t>> covered_by(group.size());
      for (size_t j = 0; j < group.size(); ++j) {
        for (size_t i = 0; i < group.size(); ++i) {
          if (i != j && Contains(check, *group[i], *group[j])) covered_by[j].push_back(i);
        }
      }
      auto redundant = FindRedundant(covered_by, rank);
      for (size_t j = 0; j < group.size(); ++j) {
        if (redundant[j]) found.push_back({group[j], group[*redundant[j]], Contains(check, *group[j], *group[*redundant[j]])});
      }
    }
    std::sort(found.begin(), found.end(), [](const Redundant& a, const Redundant& b) { return a.gone->s->index < b.gone->s->index; });
    Report(check, found);
  }

 private:
  static void Report(const DocumentCheck& check, const std::vector<Redundant>& found) {
    const JsonMember* statement_member = check.document.policy.statement;
    const JsonValue* array = statement_member && statement_member->value.is_array() ? &statement_member->value : nullptr;
    std::vector<bool> removed(array ? array->items().size() : 0, false);
    for (const Redundant& r : found) {
      if (r.identical && array) removed[*ItemIndex(*array, r.gone->s->node)] = true;
    }
    for (const Redundant& r : found) {
      const Statement& gone = *r.gone->s;
      const Statement& kept = *r.kept->s;
      ByteSpan brace{gone.node->span().begin, gone.node->span().begin + 1};
      Finding& f = check.ReportSpan(brace, Message(r), gone.pointer);
      f.aws_issue_code = "REDUNDANT_STATEMENT";
      ByteSpan kept_brace{kept.node->span().begin, kept.node->span().begin + 1};
      f.related.push_back({check.document.LocationOf(kept_brace), "the statement that covers it"});
      if (!r.identical) {
        f.remediation.summary = "remove " + StatementLabel(gone) + ", or merge what it documents into " + StatementLabel(kept);
        continue;
      }
      f.remediation.summary = "remove one of the two statements (first check that no tool refers to the Sid of the one you remove)";
      if (array) {
        ByteSpan span = ItemRemovalSpan(*array, *ItemIndex(*array, gone.node), removed);
        f.remediation.fix =
            MakeFix(FixApplicability::kUnsafe, "remove " + StatementLabel(gone), ToFileEdits(check.document, {{span, ""}}));
      }
    }
  }

  // "statement 3 allows nothing that statement 1 does not: the same conditions, and its actions
  // and resources are within those of statement 1"
  static std::string Message(const Redundant& r) {
    const Statement& gone = *r.gone->s;
    std::string kept = StatementLabel(*r.kept->s);
    std::string verb = gone.allows() ? "allows" : "denies";
    std::vector<std::string> same = SharedElements(gone);
    if (r.identical) {
      same.push_back("actions");
      if (gone.resources().present()) same.push_back("resources");
      return StatementLabel(gone) + " " + verb + " exactly what " + kept + " " + verb + " (the same " + JoinWithAnd(same) + ")";
    }
    std::string what = gone.resources().present() ? "actions and resources" : "actions";
    return StatementLabel(gone) + " " + verb + " nothing that " + kept + " does not: " +
           (same.empty() ? "its " : "the same " + JoinWithAnd(same) + ", and its ") + what + " are within those of " + kept;
  }

  // What the two statements share besides their effect: "principals", "conditions".
  static std::vector<std::string> SharedElements(const Statement& s) {
    std::vector<std::string> parts;
    if (s.principal.present() || s.not_principal.present()) parts.push_back("principals");
    if (!s.conditions.empty()) parts.push_back("conditions");
    return parts;
  }
};

}  // namespace

RulePtr MakeRedundantStatement() { return std::make_unique<RedundantStatement>(); }

}  // namespace slim
