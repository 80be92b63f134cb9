// SL2007 unknown-service-principal: a Service principal (or a service-linked role's
// --aws-service-name) that is a misspelling of a known AWS service principal, such as
// lamda.amazonaws.com. IAM rejects a trust policy naming a principal that does not exist. AWS
// publishes no complete list, so only a near miss of a known principal is reported, and only
// when its first label is no AWS service of its own; any other principal is given the benefit
// of the doubt.
#include "catalog/catalog.h"
#include "engine/check.h"
#include "rules/principals/principals.h"
#include "rules/support/command_util.h"
#include "rules/support/rule_util.h"
#include "rules/support/script_edits.h"
#include "util/strings.h"

namespace slim {
namespace {

struct Verdict {
  bool unknown = false;
  std::string suggestion;
};

Verdict Judge(const Catalog& catalog, std::string_view principal) {
  if (catalog.IsKnownServicePrincipal(principal)) return {};
  // Malformed names (capitals, other domains) are SL2016's.
  if (ToLower(principal) != principal) return {};
  if (!EndsWith(principal, ".amazonaws.com") && !EndsWith(principal, ".amazonaws.com.cn")) return {};
  // "sqs.amazonaws.com" may be missing from the list, but sqs is a service: not a typo.
  std::string_view label = principal.substr(0, principal.find('.'));
  if (catalog.FindService(label)) return {};
  auto close = catalog.SuggestServicePrincipal(principal);
  if (!close) return {};
  size_t distance = EditDistance(*close, principal, 2);
  if (distance > 2 || distance * 4 > label.size()) return {};
  return {true, *close};
}

class UnknownServicePrincipal final : public Rule {
 public:
  UnknownServicePrincipal()
      : Rule({"SL2007", "unknown-service-principal", Severity::kError,
              "a Service principal that is not a known AWS service principal (typo such as lamda.amazonaws.com)", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.document.anchor) return;
    for (const Statement& s : check.document.policy.statements) {
      for (const PrincipalElement* p : {&s.principal, &s.not_principal}) {
        for (const PrincipalEntry* entry : p->EntriesFor("Service")) {
          for (const JsonValue* value : entry->values) {
            Verdict verdict = Judge(check.catalog, value->text());
            if (!verdict.unknown) continue;
            Finding& f = check.Report(*value, Message(value->text(), verdict));
            if (!verdict.suggestion.empty()) {
              f.remediation.summary = "write " + verdict.suggestion;
              f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "write " + verdict.suggestion,
                                          ToFileEdits(check.document, {{value->span(), "\"" + verdict.suggestion + "\""}}));
            }
          }
        }
      }
    }
  }

  void CheckCommand(const CommandCheck& check) const override {
    if (check.command.service != "iam" || check.command.operation != "create-service-linked-role") return;
    const ShellWord* word = check.command.Value("aws-service-name");
    if (!word || word->has_expansion) return;
    Verdict verdict = Judge(check.catalog, word->text);
    if (!verdict.unknown) return;
    Finding& f = check.Report(word->span, Message(word->text, verdict));
    f.remediation.summary = "write " + verdict.suggestion;
    f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "write " + verdict.suggestion,
                                {ReplaceWord(check.script, *word, verdict.suggestion)});
  }

 private:
  static std::string Message(std::string_view principal, const Verdict& verdict) {
    std::string message = "\"" + std::string(principal) + "\" is not a known AWS service principal";
    if (!verdict.suggestion.empty()) message += "; did you mean \"" + verdict.suggestion + "\"?";
    return message;
  }
};

}  // namespace

RulePtr MakeUnknownServicePrincipal() { return std::make_unique<UnknownServicePrincipal>(); }

}  // namespace slim
