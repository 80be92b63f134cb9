// A policy document as read from a JSON file, from a policy written inline in a script, or
// from an AWS managed policy: its text, parse result, policy model and type.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/finding.h"
#include "core/source_text.h"
#include "json/json_parser.h"
#include "model/policy.h"
#include "model/policy_type.h"

namespace slim {

enum class TypeSource { kContent, kUsage, kUser };

struct PolicyDocument {
  PolicyDocument(const PolicyDocument&) = delete;  // the policy model points into the tree
  PolicyDocument& operator=(const PolicyDocument&) = delete;
  explicit PolicyDocument(SourceText text) : source(std::move(text)) {}

  SourceText source;
  std::string label;  // how messages name it: a path, or "the inline trust policy of role X"
  bool has_bom = false;
  std::optional<JsonValue> root;
  std::optional<JsonSyntaxError> syntax_error;
  std::vector<JsonDuplicateKey> duplicate_keys;
  Policy policy;
  PolicyType type = PolicyType::kUnknown;
  TypeSource type_source = TypeSource::kContent;

  // Set for an AWS managed policy analyzed through an attachment: findings are reported at
  // the attachment in the script, naming the policy.
  std::optional<Location> anchor;
  std::string managed_policy_name;

  bool parsed() const { return root.has_value(); }
  // The file location of a span of this document's text (or the anchor for managed policies).
  Location LocationOf(ByteSpan span) const;
};

using PolicyDocumentPtr = std::shared_ptr<PolicyDocument>;

// Parses `source` as JSON (a leading UTF-8 byte order mark is noted and skipped) and builds
// the policy model. The type is classified from the content; callers may override it.
PolicyDocumentPtr ParsePolicyDocument(SourceText source, std::string label);

// The type a document's content suggests: Principal without Resource is a trust policy,
// Principal with Resource a resource policy, no Principal an identity policy.
PolicyType ClassifyByContent(const Policy& policy);

}  // namespace slim
