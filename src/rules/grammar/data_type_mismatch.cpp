// SL1014 data-type-mismatch: an element holds the wrong JSON type (an Action that is a number,
// a Condition that is an array, ...). IAM rejects the document.
#include "rules/grammar/grammar.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

bool IsStringOrStrings(const JsonValue& v) {
  if (v.is_string()) return true;
  if (!v.is_array()) return false;
  for (const JsonValue& item : v.items()) {
    if (!item.is_string()) return false;
  }
  return true;
}

bool IsConditionValue(const JsonValue& v) { return v.is_string() || v.is_bool() || v.is_number(); }

class DataTypeMismatch final : public Rule {
 public:
  DataTypeMismatch()
      : Rule({"SL1014", "data-type-mismatch", Severity::kError, "an element holds the wrong JSON type", {"DATA_TYPE_MISMATCH"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    const JsonValue& root = *check.document.root;
    if (!root.is_object()) {
      Mismatch(check, root, "the policy", "an object");
      return;
    }
    if (const JsonValue* v = root.Get("Version"); v && !v->is_string()) Mismatch(check, *v, "\"Version\"", "a string");
    if (const JsonValue* v = root.Get("Id"); v && !v->is_string()) Mismatch(check, *v, "\"Id\"", "a string");
    const JsonValue* statements = root.Get("Statement");
    if (!statements) return;
    if (!statements->is_object() && !statements->is_array()) {
      Mismatch(check, *statements, "\"Statement\"", "an object or an array of objects");
      return;
    }
    if (statements->is_array()) {
      for (const JsonValue& item : statements->items()) {
        if (!item.is_object()) Mismatch(check, item, "a statement", "an object");
      }
    }
    for (const Statement& s : check.document.policy.statements) CheckStatement(check, s);
  }

 private:
  void CheckStatement(const DocumentCheck& check, const Statement& s) const {
    for (std::string_view key : {"Sid", "Effect"}) {
      if (const JsonValue* v = s.node->Get(key); v && !v->is_string()) Mismatch(check, *v, "\"" + std::string(key) + "\"", "a string");
    }
    for (std::string_view key : {"Action", "NotAction", "Resource", "NotResource"}) {
      const JsonValue* v = s.node->Get(key);
      if (!v || IsStringOrStrings(*v)) continue;
      if (v->is_array()) {
        for (const JsonValue& item : v->items()) {
          if (!item.is_string()) Mismatch(check, item, "an entry of \"" + std::string(key) + "\"", "a string");
        }
      } else {
        Mismatch(check, *v, "\"" + std::string(key) + "\"", "a string or an array of strings");
      }
    }
    for (std::string_view key : {"Principal", "NotPrincipal"}) {
      const JsonValue* v = s.node->Get(key);
      if (!v) continue;
      if (v->is_object()) {
        for (const JsonMember& m : v->members()) {
          if (!IsStringOrStrings(m.value)) Mismatch(check, m.value, "\"" + m.key + "\" in \"" + std::string(key) + "\"", "a string or an array of strings");
        }
      } else if (!v->is_string()) {
        Mismatch(check, *v, "\"" + std::string(key) + "\"", "\"*\" or an object such as {\"AWS\": ...}");
      }
    }
    const JsonValue* condition = s.node->Get("Condition");
    if (!condition) return;
    if (!condition->is_object()) {
      Mismatch(check, *condition, "\"Condition\"", "an object");
      return;
    }
    for (const JsonMember& op : condition->members()) {
      if (!op.value.is_object()) {
        Mismatch(check, op.value, "condition operator \"" + op.key + "\"", "an object of condition keys");
        continue;
      }
      for (const JsonMember& key : op.value.members()) {
        const JsonValue& v = key.value;
        if (IsConditionValue(v)) continue;
        if (v.is_array()) {
          for (const JsonValue& item : v.items()) {
            if (!IsConditionValue(item)) Mismatch(check, item, "a value of condition key \"" + key.key + "\"", "a string, number or boolean");
          }
        } else {
          Mismatch(check, v, "condition key \"" + key.key + "\"", "a string, number, boolean or an array of them");
        }
      }
    }
  }

  static void Mismatch(const DocumentCheck& check, const JsonValue& node, const std::string& what, std::string_view expected) {
    std::string actual = node.is_array()    ? "an array"
                         : node.is_object() ? "an object"
                         : node.is_null()   ? "null"
                                            : "a " + std::string(JsonKindName(node.kind()));
    Finding& f = check.Report(node, what + " must be " + std::string(expected) + ", not " + actual);
    f.aws_issue_code = "DATA_TYPE_MISMATCH";
  }
};

}  // namespace

RulePtr MakeDataTypeMismatch() { return std::make_unique<DataTypeMismatch>(); }

}  // namespace slim
