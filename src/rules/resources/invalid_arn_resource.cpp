// SL3016 invalid-arn-resource: the resource part of an ARN (after the fifth colon) fits no
// resource type its service documents, and its type is a misspelling of a documented one:
// "arn:aws:iam::123456789012:roles/app" (role ARNs read "role/..."), "function" written
// "functions", a type in the wrong case. IAM compares ARNs as text, so the ARN matches nothing.
//
// A type the catalog does not know at all may be newer than the catalog, and a known type
// followed by an unusual tail may be a format the catalog lacks: neither is reported. Nor is a
// type that AWS managed policies use themselves ("endpointconfig" in SageMaker policies), as
// AWS's own documents are taken to be valid.
#include <algorithm>

#include "catalog/catalog.h"
#include "engine/check.h"
#include "rules/resources/arn_analysis.h"
#include "rules/resources/resources.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// The documented types that `token` misspells, nearest first; empty when it is one of them or
// is not near any.
std::vector<std::string> MisspelledTypes(std::string_view token, ArnFormatList formats) {
  std::vector<std::pair<size_t, std::string>> near;
  const size_t limit = token.size() <= 4 ? 1 : 2;
  for (const ArnFormat* f : formats) {
    std::string_view known = TypeToken(f->resource);
    if (known.empty()) continue;
    if (known == token) return {};
    size_t distance = EditDistance(token, known, limit);  // 0 for a difference in case only
    if (distance <= limit) near.emplace_back(distance, std::string(known));
  }
  std::sort(near.begin(), near.end());
  std::vector<std::string> out;
  for (const auto& [distance, known] : near) {
    if (std::find(out.begin(), out.end(), known) == out.end()) out.push_back(known);
  }
  return out;
}

// No documented type fits, and the type written is a near miss of one. An empty resource part
// is SL3010's (MISSING_ARN_FIELD).
bool MisspelledType(const ArnAnalysis& a) {
  std::string_view token = TypeToken(a.fields.resource());
  return !token.empty() && a.matching.empty() && !MisspelledTypes(token, a.formats).empty();
}

class InvalidArnResource final : public Rule {
 public:
  InvalidArnResource()
      : Rule({"SL3016", "invalid-arn-resource", Severity::kError,
              "the resource part of an ARN fits no resource type of its service", {"INVALID_ARN_RESOURCE"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const StringListElement* e : {&s.resource, &s.not_resource}) {
        for (const JsonValue* value : e->values) CheckOne(check, *value);
      }
    }
  }

 private:
  static void CheckOne(const DocumentCheck& check, const JsonValue& node) {
    const std::string& text = node.text();
    auto a = FindArnProblem(check.catalog, text, MisspelledType);
    if (!a) return;
    std::string_view token = TypeToken(a->fields.resource());
    if (ArnFormatIndex::For(check.catalog).UsedByAwsManagedPolicies(a->fields.service(), token)) return;
    std::vector<std::string> meant = MisspelledTypes(token, a->formats);
    std::string service(a->fields.service());
    std::string message = "\"" + std::string(token) + "\" in \"" + text + "\" is no " + service + " resource type";
    if (EqualsIgnoreCase(token, meant.front())) {
      message += ": ARNs are case-sensitive, and the type is written \"" + meant.front() + "\"";
    } else {
      std::vector<std::string> quoted;
      for (size_t i = 0; i < meant.size() && i < 2; ++i) quoted.push_back("\"" + meant[i] + "\"");
      message += " (did you mean " + JoinWithAnd(quoted) + "?)";
    }
    message += ", so the ARN matches no resource";
    size_t offset = a->fields.offset[ArnFields::kResource];
    Finding& f = check.ReportSpan(SubstringSpan(check.document, node, offset, token.size()), std::move(message),
                                  PointerOf(check.document, &node));
    f.aws_issue_code = "INVALID_ARN_RESOURCE";
    f.remediation.summary = meant.size() == 1 ? "write \"" + meant.front() + "\"" : "write the resource type as the Service Authorization Reference spells it";
    if (const ServiceInfo* info = check.catalog.FindService(service); info && !info->DocumentationUrl().empty()) {
      f.remediation.summary += " (" + info->DocumentationUrl() + ")";
    }
    if (meant.size() == 1) {
      std::string fixed = text.substr(0, offset) + meant.front() + text.substr(offset + token.size());
      ArnFieldSpan span = FieldSpan(check.document, node, a->fields, ArnFields::kResource, fixed.substr(offset));
      if (span.edit) {
        f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "write \"" + meant.front() + "\"", ToFileEdits(check.document, {*span.edit}));
      }
    }
  }
};

}  // namespace

RulePtr MakeInvalidArnResource() { return std::make_unique<InvalidArnResource>(); }

}  // namespace slim
