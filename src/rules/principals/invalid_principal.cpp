// SL2010 invalid-principal: Principal must be "*" or an object whose keys are AWS, Service,
// Federated or CanonicalUser (case-sensitive). Anything else is rejected.
#include <algorithm>
#include <array>

#include "rules/principals/principals.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

constexpr std::array<std::string_view, 4> kKeys = {"AWS", "Service", "Federated", "CanonicalUser"};

class InvalidPrincipal final : public Rule {
 public:
  InvalidPrincipal()
      : Rule({"SL2010", "invalid-principal", Severity::kError,
              "Principal is not \"*\" or an object keyed by AWS, Service, Federated or CanonicalUser",
              {"INVALID_PRINCIPAL_FORMAT", "INVALID_PRINCIPAL_KEY"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const PrincipalElement* p : {&s.principal, &s.not_principal}) {
        if (!p->present()) continue;
        const JsonValue& value = p->member->value;
        if (value.is_string() && value.text() != "*") {
          std::string example = value.text().empty() ? "arn:aws:iam::<account>:role/<name>" : value.text();
          Finding& f = check.Report(value, "\"" + p->member->key + "\": \"" + value.text() +
                                               "\" is not valid: use \"*\" or an object such as {\"AWS\": \"" + example + "\"}");
          f.aws_issue_code = "INVALID_PRINCIPAL_FORMAT";
          continue;
        }
        for (const PrincipalEntry& entry : p->entries) {
          const std::string& key = entry.member->key;
          if (std::find(kKeys.begin(), kKeys.end(), key) != kKeys.end()) continue;
          std::string message = "\"" + key + "\" is not a principal type (AWS, Service, Federated or CanonicalUser)";
          std::string_view fixed;
          for (std::string_view k : kKeys) {
            if (EqualsIgnoreCase(k, key)) fixed = k;
          }
          if (!fixed.empty()) message += "; keys are case-sensitive: \"" + std::string(fixed) + "\"";
          Finding& f = check.ReportKey(*entry.member, std::move(message));
          f.aws_issue_code = "INVALID_PRINCIPAL_KEY";
          if (!fixed.empty()) {
            f.remediation.summary = "write \"" + std::string(fixed) + "\"";
            f.remediation.fix = MakeFix(FixApplicability::kSafe, "correct the principal key",
                                        ToFileEdits(check.document, {{entry.member->key_span, "\"" + std::string(fixed) + "\""}}));
          }
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeInvalidPrincipal() { return std::make_unique<InvalidPrincipal>(); }

}  // namespace slim
