// Helpers that several rules share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace slim {

// The span of text[pos, pos+len) inside a JSON string node: exact when the string has no
// escapes, otherwise the whole string.
ByteSpan SubstringSpan(const PolicyDocument& document, const JsonValue& node, size_t pos, size_t len);

// "the trust policy", "the identity policy", ... for messages.
std::string_view TypeNoun(PolicyType type);

// A policy variable reference "${...}" inside a string.
struct PolicyVariable {
  size_t offset = 0;     // of "${"
  size_t length = 0;     // through the closing brace, or to the end when unclosed
  std::string_view body; // between the braces
  bool closed = false;
};
std::vector<PolicyVariable> FindPolicyVariables(std::string_view text);

// True when a shell word holds a JSON document (checked as a document, not as script text).
bool LooksLikeJson(std::string_view text);

// A `statement N` / `statement "Sid"` label for messages.
std::string StatementLabel(const Statement& statement);

// The whole document text with `edits` (spans in the document's text) applied.
struct DocumentEdit {
  ByteSpan span;
  std::string replacement;
};
std::string ApplyDocumentEdits(std::string_view text, std::vector<DocumentEdit> edits);
// The document's text without insignificant whitespace, for command-line arguments.
std::string MinifyJson(std::string_view json);

// Turns edits on a document's text into file edits, when the document can be edited in place
// (a whole JSON file, or JSON in a single-quoted shell word that the edit keeps valid).
std::vector<TextEdit> ToFileEdits(const PolicyDocument& document, const std::vector<DocumentEdit>& edits);

// How a statement's action element covers one action: named outright, through a wildcard, or
// by not being excluded from NotAction.
enum class ActionCoverage { kNone, kNamed, kWildcard, kNotAction };
struct ActionGrant {
  ActionCoverage coverage = ActionCoverage::kNone;
  const JsonValue* node = nullptr;  // the Action value that covers it
  const JsonMember* member = nullptr;  // the NotAction element, for kNotAction
};
ActionGrant FindActionGrant(const Statement& statement, std::string_view action);

// A fix that is only as applicable as its edits: no edits, nothing to apply.
Fix MakeFix(FixApplicability applicability, std::string description, std::vector<TextEdit> edits);

}  // namespace slim
