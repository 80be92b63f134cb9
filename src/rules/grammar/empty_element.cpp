// SL1017 empty-element: an empty Action, Resource or Principal array, an empty Principal or
// Condition object, or an empty Sid. They match nothing (or do nothing) and usually mark an
// unfinished edit.
#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class EmptyElement final : public Rule {
 public:
  EmptyElement()
      : Rule({"SL1017", "empty-element", Severity::kSuggestion, "an element is an empty array, object or string",
              {"EMPTY_ARRAY_ACTION", "EMPTY_ARRAY_RESOURCE", "EMPTY_ARRAY_PRINCIPAL", "EMPTY_OBJECT_PRINCIPAL",
               "EMPTY_OBJECT_CONDITION", "EMPTY_SID_VALUE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      EmptyArray(check, s.action.member, "EMPTY_ARRAY_ACTION", "the statement grants or denies no action");
      EmptyArray(check, s.not_action.member, "EMPTY_ARRAY_ACTION",
                 "NotAction excludes nothing, so the statement applies to every action");
      EmptyArray(check, s.resource.member, "EMPTY_ARRAY_RESOURCE", "the statement applies to no resource");
      EmptyArray(check, s.not_resource.member, "EMPTY_ARRAY_RESOURCE",
                 "NotResource excludes nothing, so the statement applies to every resource");
      for (const PrincipalElement* p : {&s.principal, &s.not_principal}) {
        if (!p->member) continue;
        if (p->member->value.is_object() && p->member->value.members().empty()) {
          Report(check, p->member->value, "EMPTY_OBJECT_PRINCIPAL", "\"" + p->member->key + "\" is an empty object: it names no principal");
        }
        for (const PrincipalEntry& entry : p->entries) {
          EmptyArray(check, entry.member, "EMPTY_ARRAY_PRINCIPAL", "it names no principal");
        }
      }
      if (s.condition && s.condition->value.is_object() && s.condition->value.members().empty()) {
        Report(check, s.condition->value, "EMPTY_OBJECT_CONDITION", "\"Condition\" is an empty object: remove it");
      }
      if (s.sid && s.sid->value.is_string() && s.sid->value.text().empty()) {
        Report(check, s.sid->value, "EMPTY_SID_VALUE", "\"Sid\" is empty: give it a name or remove it");
      }
    }
  }

 private:
  static void EmptyArray(const DocumentCheck& check, const JsonMember* member, const char* code, std::string_view effect) {
    if (!member || !member->value.is_array() || !member->value.items().empty()) return;
    Report(check, member->value, code, "\"" + member->key + "\" is an empty array: " + std::string(effect));
  }

  static void Report(const DocumentCheck& check, const JsonValue& node, const char* code, std::string message) {
    Finding& f = check.Report(node, std::move(message));
    f.aws_issue_code = code;
  }
};

}  // namespace

RulePtr MakeEmptyElement() { return std::make_unique<EmptyElement>(); }

}  // namespace slim
