// A policy's resource ARN, set against the catalog's ARN formats for its service: which
// resource types it can name. Shared by the ARN checks SL3014-SL3018, with message helpers for
// the other resource rules.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "model/document.h"
#include "rules/resources/arn_patterns.h"
#include "rules/support/rule_util.h"

namespace slim {

class Catalog;

using ArnFormatList = std::span<const ArnFormat* const>;

// What a problem test sees: views into the per-thread memo of ARN matches, so that testing
// an ARN that has no problem (nearly all of them) copies nothing.
struct ArnAnalysis {
  ArnFields fields;
  ArnFormatList formats;   // every known format of the ARN's service
  ArnFormatList matching;  // those whose resource part can name the same resource
};

// A problem found: the same, owning its lists, with fields that point into the text asked about.
struct ArnProblem {
  ArnFields fields;
  std::vector<const ArnFormat*> formats;
  std::vector<const ArnFormat*> matching;
};

using ArnProblemTest = bool (*)(const ArnAnalysis&);

// Looks for a problem with the ARN `text`, as `problem` defines it. The formats of the catalog
// section named like the ARN's service decide quickly that most ARNs are fine; a problem found
// there is confirmed against the formats of every section that documents the service before it
// is returned. Nothing is
// returned for text that is not an ARN, or whose service is a pattern or unknown to the catalog.
std::optional<ArnProblem> FindArnProblem(const Catalog& catalog, std::string_view text, ArnProblemTest problem);

// The problems FindArnProblem looks for. Each needs at least one resource type that the ARN
// can name, and holds only when every such type agrees.
bool RegionNotAllowed(const ArnAnalysis& a);   // a Region where the types have none
// No Region where the types need one, but an account: the Region was forgotten. An ARN with
// neither ("arn:aws:logs:::log-group:x") is left alone: AWS's own managed policies write
// regional ARNs that way, and they are taken as valid.
bool RegionMissing(const ArnAnalysis& a);
bool AccountNotAllowed(const ArnAnalysis& a);  // an account ID where the types have none

// "role (arn:${Partition}:iam::${Account}:role/${RoleNameWithPath})", for at most `limit`
// formats, then "and N more".
std::string DescribeFormats(ArnFormatList formats, size_t limit = 2);
// "a, b, c and 4 more": the first `limit` items, then how many more there are.
std::string FirstOf(const std::vector<std::string>& items, size_t limit);
// "the iam resource type role (arn:...) has", "the s3 resource types a (...) and b (...) have":
// the subject and verb of a sentence about what the formats have in common.
std::string TypesSubject(std::string_view service, ArnFormatList formats, std::string_view verb_singular,
                         std::string_view verb_plural);

// The location of one field of the ARN in string `node`, and an edit that replaces it when the
// string has no escapes (so the field's bytes are exactly where its characters are).
struct ArnFieldSpan {
  ByteSpan span;
  std::optional<DocumentEdit> edit;
};
ArnFieldSpan FieldSpan(const PolicyDocument& document, const JsonValue& node, const ArnFields& fields,
                       ArnFields::Field field, std::string replacement);

}  // namespace slim
