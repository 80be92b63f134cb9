// SL3017 invalid-partition: the partition of an ARN (its second field) is none of AWS's
// partitions, so the ARN names nothing. A pattern ("aws*", "*") is fine when it matches one.
#include <array>

#include "engine/check.h"
#include "rules/resources/arn_analysis.h"
#include "rules/resources/resources.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// botocore's partitions.json, plus the AWS European Sovereign Cloud.
constexpr std::array<std::string_view, 8> kPartitions = {"aws",       "aws-cn",    "aws-us-gov", "aws-iso",
                                                          "aws-iso-b", "aws-iso-e", "aws-iso-f",  "aws-eusc"};

bool MatchesSomePartition(std::string_view partition) {
  std::string glob = PolicyFieldGlob(partition);
  for (std::string_view p : kPartitions) {
    if (WildcardMatch(glob, p, false)) return true;
  }
  return false;
}

// The partition a typo most likely meant ("asw" -> "aws"), if one is clearly nearest.
std::optional<std::string_view> Suggest(std::string_view partition) {
  std::optional<std::string_view> best;
  size_t best_distance = 3, ties = 0;
  for (std::string_view p : kPartitions) {
    size_t d = EditDistance(partition, p, best_distance);
    if (d < best_distance) {
      best = p;
      best_distance = d;
      ties = 0;
    } else if (d == best_distance && best) {
      ++ties;
    }
  }
  return ties == 0 ? best : std::nullopt;
}

std::string PartitionList() {
  std::vector<std::string> names(kPartitions.begin(), kPartitions.end());
  return JoinWithAnd(names);
}

class InvalidPartition final : public Rule {
 public:
  InvalidPartition()
      : Rule({"SL3017", "invalid-partition", Severity::kError, "the partition of an ARN is not an AWS partition",
              {"INVALID_PARTITION"}}) {}

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
    if (!fields || MatchesSomePartition(fields->partition())) return;
    std::string partition(fields->partition());
    auto suggestion = Suggest(partition);
    ArnFieldSpan span = FieldSpan(check.document, node, *fields, ArnFields::kPartition, std::string(suggestion.value_or("")));
    Finding& f = check.ReportSpan(partition.empty() ? node.span() : span.span,
                                  "\"" + partition + "\" in \"" + text + "\" " +
                                      (PolicyFieldIsPattern(partition) ? "matches no AWS partition (" : "is not an AWS partition (") +
                                      PartitionList() + "), so the ARN matches no resource",
                                  PointerOf(check.document, &node));
    f.aws_issue_code = "INVALID_PARTITION";
    if (!suggestion) {
      f.remediation.summary = "write aws, or the partition of the resource's Regions (aws-cn in China, aws-us-gov in GovCloud, ...)";
      return;
    }
    f.remediation.summary = "write \"" + std::string(*suggestion) + "\"";
    if (span.edit) {
      f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "write \"" + std::string(*suggestion) + "\"", ToFileEdits(check.document, {*span.edit}));
    }
  }
};

}  // namespace

RulePtr MakeInvalidPartition() { return std::make_unique<InvalidPartition>(); }

}  // namespace slim
