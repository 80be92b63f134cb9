// A policy's resource ARN set against the catalog's ARN formats for its service: which resource
// types it can name. Shared by the ARN checks SL3014-SL3018.
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "model/document.h"
#include "rules/resources/arn_patterns.h"
#include "rules/support/rule_util.h"

namespace slim {

class Catalog;

struct ArnAnalysis {
  ArnFields fields;
  std::vector<const ArnFormat*> formats;   // every known format of the ARN's service
  std::vector<const ArnFormat*> matching;  // those whose resource part can name the same resource
};

// Looks for a problem with the ARN `text`, as `problem` defines it. The formats of the catalog
// section named like the ARN's service decide quickly that most ARNs are fine; a problem found
// there is confirmed against the formats of every section before it is returned. Nothing is
// returned for text that is not an ARN, or whose service is a pattern or unknown to the catalog.
std::optional<ArnAnalysis> FindArnProblem(const Catalog& catalog, std::string_view text,
                                          const std::function<bool(const ArnAnalysis&)>& problem);

// True when every format in `formats` uses the field as `use` says (false for no formats).
bool AllRegions(const std::vector<const ArnFormat*>& formats, FieldUse use);
bool AllAccounts(const std::vector<const ArnFormat*>& formats, FieldUse use);

// "role (arn:${Partition}:iam::${Account}:role/${RoleNameWithPath})", for at most `limit`
// formats, then "and N more".
std::string DescribeFormats(const std::vector<const ArnFormat*>& formats, size_t limit = 2);

// The location of one field of the ARN in string `node`, and an edit that replaces it when the
// string has no escapes (so the field's bytes are exactly where its characters are).
struct ArnFieldSpan {
  ByteSpan span;
  std::optional<DocumentEdit> edit;
};
ArnFieldSpan FieldSpan(const PolicyDocument& document, const JsonValue& node, const ArnFields& fields,
                       ArnFields::Field field, std::string replacement);

}  // namespace slim
