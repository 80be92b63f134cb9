// SL3018 invalid-arn-region: the Region of an ARN is no AWS Region ("us-east1", "eu-west"), so
// the ARN names nothing. The Region codes are data: rules/packs/regions.json.
#include "engine/check.h"
#include "rules/pack/pack_rules.h"
#include "rules/resources/arn_analysis.h"
#include "rules/resources/resources.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

bool IsRegion(std::string_view region) {
  for (const std::string& r : PackList("aws_regions")) {
    if (r == region) return true;
  }
  return false;
}

// The Region a typo most likely meant ("us-east1" -> "us-east-1"), if one is clearly nearest.
std::optional<std::string> Suggest(std::string_view region) {
  std::optional<std::string> best;
  size_t best_distance = 3;
  bool tie = false;
  for (const std::string& r : PackList("aws_regions")) {
    size_t d = EditDistance(region, r, best_distance);
    if (d < best_distance) {
      best = r;
      best_distance = d;
      tie = false;
    } else if (d == best_distance && best) {
      tie = true;
    }
  }
  return tie ? std::nullopt : best;
}

class InvalidArnRegion final : public Rule {
 public:
  InvalidArnRegion()
      : Rule({"SL3018", "invalid-arn-region", Severity::kError, "the Region of an ARN is not an AWS Region", {"INVALID_ARN_REGION"}}) {}

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
    auto fields = SplitArn(text);
    if (!fields || fields->region().empty() || PolicyFieldIsPattern(fields->region()) || IsRegion(fields->region())) return;
    // A resource type without Regions is SL3014's: the fix there is to drop the Region.
    if (FindArnProblem(check.catalog, text, RegionNotAllowed)) return;
    std::string region(fields->region());
    auto suggestion = Suggest(region);
    ArnFieldSpan span = FieldSpan(check.document, node, *fields, ArnFields::kRegion, suggestion.value_or(""));
    Finding& f = check.ReportSpan(span.span, "\"" + region + "\" in \"" + text + "\" is not an AWS Region, so the ARN matches no resource",
                                  PointerOf(check.document, &node));
    f.aws_issue_code = "INVALID_ARN_REGION";
    if (!suggestion) {
      f.remediation.summary = "write the Region code of the resource (us-east-1, eu-west-1, ...), or \"*\" for every Region";
      return;
    }
    f.remediation.summary = "write \"" + *suggestion + "\"";
    if (span.edit) f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "write \"" + *suggestion + "\"", ToFileEdits(check.document, {*span.edit}));
  }
};

}  // namespace

RulePtr MakeInvalidArnRegion() { return std::make_unique<InvalidArnRegion>(); }

}  // namespace slim
