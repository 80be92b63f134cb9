#include "model/document.h"

#include "util/strings.h"

namespace slim {

Location PolicyDocument::LocationOf(ByteSpan span) const {
  if (anchor) return *anchor;
  return Location{source.file(), source.ToFileSpan(span)};
}

PolicyDocumentPtr ParsePolicyDocument(SourceText source, std::string label) {
  std::string_view text = source.text();
  bool has_bom = StartsWith(text, "\xEF\xBB\xBF");
  if (has_bom) {
    // Parse past the mark; spans are shifted back by mapping through a derived text.
    std::vector<OffsetSegment> segments{{0, source.ToFileOffset(3)}};
    source = SourceText(source.file(), std::string(text.substr(3)), std::move(segments), source.verbatim());
  }
  auto document = std::make_shared<PolicyDocument>(std::move(source));
  document->label = std::move(label);
  document->has_bom = has_bom;
  JsonParseResult parsed = ParseJson(document->source.text());
  document->syntax_error = std::move(parsed.error);
  document->duplicate_keys = std::move(parsed.duplicate_keys);
  document->root = std::move(parsed.root);
  if (document->root) {
    document->policy = BuildPolicy(*document->root);
    document->type = ClassifyByContent(document->policy);
  }
  return document;
}

PolicyType ClassifyByContent(const Policy& policy) {
  bool any_principal = false, any_resource = false, assume_action = false;
  for (const Statement& s : policy.statements) {
    any_principal |= s.principal.present() || s.not_principal.present();
    any_resource |= s.resource.present() || s.not_resource.present();
    for (const JsonValue* action : s.action.values) {
      // "sts:*" and "sts:Assume*" grant AssumeRole too; "*" alone says nothing about the type.
      const std::string& a = action->text();
      assume_action |= a != "*" && (WildcardMatch(a, "sts:AssumeRole", true) || StartsWithIgnoreCase(a, "sts:AssumeRole") ||
                                    EqualsIgnoreCase(a, "sts:TagSession") || EqualsIgnoreCase(a, "sts:SetSourceIdentity"));
    }
  }
  if (!any_principal) return PolicyType::kIdentity;
  // No resource policy grants sts:AssumeRole* except a role's own trust policy, so a Resource
  // next to it is a mistake in a trust policy, not a sign of a resource policy.
  if (assume_action || !any_resource) return PolicyType::kTrust;
  return PolicyType::kResource;
}

}  // namespace slim
