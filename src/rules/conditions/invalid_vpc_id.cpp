// SL7015 invalid-vpc-id: a value of aws:SourceVpc (or aws:Ec2InstanceSourceVpc) that is no VPC ID,
// or of aws:SourceVpce that is no VPC endpoint ID. IDs are "vpc-" or "vpce-" and 8 or 17
// characters; anything else is never in a request, so the condition never matches it (and a
// negated one always does).
#include <cctype>

#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

struct IdKey {
  std::string_view key;
  std::string_view prefix;  // "vpc-" or "vpce-"
  std::string_view noun;
  std::string_view code;
};
constexpr IdKey kIdKeys[] = {
    {"aws:SourceVpc", "vpc-", "VPC", "INVALID_VPC_FORMAT"},
    {"aws:Ec2InstanceSourceVpc", "vpc-", "VPC", "INVALID_VPC_FORMAT"},
    {"aws:SourceVpce", "vpce-", "VPC endpoint", "INVALID_VPCE_FORMAT"},
};

// Access Analyzer's rule: the prefix, then 8 or 17 letters and digits.
bool IsId(std::string_view value, std::string_view prefix) {
  if (!StartsWith(value, prefix)) return false;
  std::string_view rest = value.substr(prefix.size());
  if (rest.size() != 8 && rest.size() != 17) return false;
  for (char c : rest) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

class InvalidVpcId final : public Rule {
 public:
  InvalidVpcId()
      : Rule({"SL7015", "invalid-vpc-id", Severity::kError,
              "an aws:SourceVpc or aws:SourceVpce value that is not a VPC or VPC endpoint ID",
              {"INVALID_VPC_FORMAT", "INVALID_VPCE_FORMAT"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        const IdKey* id = nullptr;
        for (const IdKey& k : kIdKeys) {
          if (EqualsIgnoreCase(clause.key_member->key, k.key)) id = &k;
        }
        if (!id) continue;
        conditions::ResolvedOperator op = conditions::ResolveOperator(check.catalog, clause.operator_member->key);
        if (op.family() != ConditionOperatorFamily::kString) continue;
        for (const JsonValue* value : clause.values) {
          if (!value->is_string()) continue;
          std::string_view text = value->text();
          // Patterns are matched against real IDs, variables resolved at request time.
          if (conditions::HasPolicyVariable(text) || (op.accepts_wildcards() && HasWildcard(text))) continue;
          if (IsId(text, id->prefix)) continue;
          std::string message = "\"" + std::string(text) + "\" is not a " + std::string(id->noun) + " ID (" +
                                std::string(id->prefix) + " and 8 or 17 letters and digits), so " +
                                std::string(clause.key_member->key) + " never equals it";
          // The other kind of ID: the key was mixed up, not the value.
          if (id->prefix == "vpc-" && IsId(text, "vpce-")) message += "; it is a VPC endpoint ID, which aws:SourceVpce holds";
          if (id->prefix == "vpce-" && IsId(text, "vpc-")) message += "; it is a VPC ID, which aws:SourceVpc holds";
          Finding& f = check.Report(*value, std::move(message));
          f.aws_issue_code = std::string(id->code);
          f.remediation.summary = "use the " + std::string(id->noun) + " ID as the console or `aws ec2 describe-vpc" +
                                  (id->prefix == "vpce-" ? "-endpoints" : "s") + "` shows it, such as " +
                                  std::string(id->prefix) + "1a2b3c4d";
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeInvalidVpcId() { return std::make_unique<InvalidVpcId>(); }

}  // namespace slim
