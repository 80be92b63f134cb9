// SL3014 arn-region-not-allowed: a Region in the ARN of a resource type that has none (IAM,
// S3 buckets and objects, CloudFront, Route 53), or no Region, but an account, in the ARN of a
// resource type that needs one. Either way the ARN names no resource that can exist.
#include "engine/check.h"
#include "rules/resources/arn_analysis.h"
#include "rules/resources/resources.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class ArnRegionNotAllowed final : public Rule {
 public:
  ArnRegionNotAllowed()
      : Rule({"SL3014", "arn-region-not-allowed", Severity::kError,
              "a Region in an ARN whose resource type has none, or none where the type needs one",
              {"ARN_REGION_NOT_ALLOWED", "MISSING_ARN_REGION"}}) {}

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
    if (auto a = FindArnProblem(check.catalog, text, RegionNotAllowed)) {
      std::string region(a->fields.region());
      ArnFieldSpan region_span = FieldSpan(check.document, node, a->fields, ArnFields::kRegion, "");
      Finding& f = check.ReportSpan(region_span.span,
                                    "the Region \"" + region + "\" in \"" + text + "\" is not allowed: " +
                                        TypesSubject(a->fields.service(), a->matching, "has", "have") + " no Region, so the ARN matches no resource",
                                    PointerOf(check.document, &node));
      f.aws_issue_code = "ARN_REGION_NOT_ALLOWED";
      f.remediation.summary = "remove the Region: \"" + text.substr(0, a->fields.offset[ArnFields::kRegion]) +
                              text.substr(a->fields.offset[ArnFields::kRegion] + region.size()) + "\"";
      if (region_span.edit) {
        f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "remove the Region", ToFileEdits(check.document, {*region_span.edit}));
      }
    } else if (auto m = FindArnProblem(check.catalog, text, RegionMissing)) {
      Finding& f = check.Report(node, "\"" + text + "\" has no Region, but " + TypesSubject(m->fields.service(), m->matching, "needs", "need") +
                                          " one, so the ARN matches no resource");
      f.aws_issue_code = "MISSING_ARN_REGION";
      f.remediation.summary = "write the resource's Region into the ARN, or \"*\" for every Region";
    }
  }
};

}  // namespace

RulePtr MakeArnRegionNotAllowed() { return std::make_unique<ArnRegionNotAllowed>(); }

}  // namespace slim
