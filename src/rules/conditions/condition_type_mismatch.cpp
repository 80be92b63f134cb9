// SL7003 condition-type-mismatch: the operator compares another type than the key holds
// (StringEquals on the Numeric s3:signatureAge, NumericLessThan on a String key, DateGreaterThan
// on a Bool key, ...). The comparison does not mean what it says: a number compared as a string
// is "10" < "9", a date is not a string match. String operators on ARN keys work and are
// SL7027's, at suggestion level; Arn operators on String keys work when the values compared are
// ARNs (kms:EncryptionContext:aws:s3:arn), so only non-ARN values make that a mismatch.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

// Example operators of each family, for the advice.
std::string_view OperatorsOf(ConditionOperatorFamily family) {
  switch (family) {
    case ConditionOperatorFamily::kString: return "StringEquals, StringLike, ...";
    case ConditionOperatorFamily::kNumeric: return "NumericEquals, NumericLessThan, ...";
    case ConditionOperatorFamily::kDate: return "DateEquals, DateGreaterThan, ...";
    case ConditionOperatorFamily::kBool: return "Bool";
    case ConditionOperatorFamily::kBinary: return "BinaryEquals";
    case ConditionOperatorFamily::kIpAddress: return "IpAddress, NotIpAddress";
    case ConditionOperatorFamily::kArn: return "ArnEquals, ArnLike, ...";
    default: return "";
  }
}

// Every value is an ARN or an ARN pattern, so an Arn operator reads the String key as an ARN.
bool AllArns(const ConditionClause& clause) {
  for (const JsonValue* value : clause.values) {
    if (!value->is_string() || !(StartsWithIgnoreCase(value->text(), "arn:") || value->text() == "*" ||
                                 conditions::HasPolicyVariable(value->text()))) {
      return false;
    }
  }
  return true;
}

// What an operator family compares, for messages.
std::string_view Noun(ConditionOperatorFamily family) {
  switch (family) {
    case ConditionOperatorFamily::kString: return "strings";
    case ConditionOperatorFamily::kNumeric: return "numbers";
    case ConditionOperatorFamily::kDate: return "dates";
    case ConditionOperatorFamily::kBool: return "booleans";
    case ConditionOperatorFamily::kBinary: return "base64-encoded bytes";
    case ConditionOperatorFamily::kIpAddress: return "IP addresses";
    case ConditionOperatorFamily::kArn: return "ARNs";
    default: return "values";
  }
}

std::string_view Article(std::string_view word) {
  return !word.empty() && std::string_view("AEIOU").find(word[0]) != std::string_view::npos ? "an" : "a";
}

class ConditionTypeMismatch final : public Rule {
 public:
  ConditionTypeMismatch()
      : Rule({"SL7003", "condition-type-mismatch", Severity::kWarning,
              "the condition operator compares another type than the key holds (a String operator on a Numeric key, ...)",
              {"TYPE_MISMATCH"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (!op.known()) continue;
        conditions::KeyFacts facts = conditions::LookUpKey(check.catalog, clause.key_member->key);
        conditions::TypeFit fit = conditions::FitOf(op.family(), facts);
        if (fit == conditions::TypeFit::kArnOnString && AllArns(clause)) continue;
        if (fit != conditions::TypeFit::kMismatch && fit != conditions::TypeFit::kArnOnString) continue;
        std::vector<std::string> types, families, nouns;
        for (ConditionKeyType t : facts.types) {
          types.push_back(std::string(ConditionKeyTypeName(t)));
          families.push_back(std::string(OperatorsOf(conditions::FamilyFor(t))));
          nouns.push_back(std::string(Noun(conditions::FamilyFor(t))));
        }
        std::string type = Join(types, " or ");
        std::string message = std::string(clause.key_member->key) + " is " + std::string(Article(type)) + " " + type + " key, but " +
                              std::string(op.info->name) + " compares " + std::string(Noun(op.family()));
        message += fit == conditions::TypeFit::kArnOnString
                       ? ", and not every value here is an ARN: those never match"
                       : ", not " + Join(nouns, " or ");
        Finding& f = check.ReportKey(*clause.key_member, std::move(message));
        f.aws_issue_code = "TYPE_MISMATCH";
        f.remediation.summary = "use an operator for the key's type (" + Join(families, "; ") + ")";
      }
    }
  }
};

}  // namespace

RulePtr MakeConditionTypeMismatch() { return std::make_unique<ConditionTypeMismatch>(); }

}  // namespace slim
