#include "rules/support/rule_util.h"

#include <algorithm>

#include "util/strings.h"

namespace slim {

ByteSpan SubstringSpan(const PolicyDocument& document, const JsonValue& node, size_t pos, size_t len) {
  ByteSpan whole = node.span();
  std::string_view raw = document.source.text().substr(whole.begin, whole.size());
  if (raw.size() >= 2 && raw.front() == '"' && raw.substr(1, raw.size() - 2) == node.text()) {
    auto begin = static_cast<uint32_t>(whole.begin + 1 + pos);
    return {begin, static_cast<uint32_t>(begin + len)};
  }
  return whole;
}

std::string_view TypeNoun(PolicyType type) {
  switch (type) {
    case PolicyType::kTrust: return "trust policy";
    case PolicyType::kResource: return "resource policy";
    case PolicyType::kScp: return "service control policy";
    case PolicyType::kRcp: return "resource control policy";
    case PolicyType::kIdentity: return "identity policy";
    case PolicyType::kUnknown: return "policy";
  }
  return "policy";
}

std::vector<PolicyVariable> FindPolicyVariables(std::string_view text) {
  std::vector<PolicyVariable> out;
  size_t pos = 0;
  while ((pos = text.find("${", pos)) != std::string_view::npos) {
    PolicyVariable v;
    v.offset = pos;
    size_t close = text.find('}', pos + 2);
    // A second "${" before the brace means this one was never closed.
    size_t next_open = text.find("${", pos + 2);
    if (close == std::string_view::npos || (next_open != std::string_view::npos && next_open < close)) {
      size_t end = next_open == std::string_view::npos ? text.size() : next_open;
      v.length = end - pos;
      v.body = text.substr(pos + 2, end - pos - 2);
      v.closed = false;
      pos = end;
    } else {
      v.length = close + 1 - pos;
      v.body = text.substr(pos + 2, close - pos - 2);
      v.closed = true;
      pos = close + 1;
    }
    out.push_back(v);
  }
  return out;
}

bool LooksLikeJson(std::string_view text) {
  std::string_view trimmed = Trim(text);
  return !trimmed.empty() && (trimmed.front() == '{' || trimmed.front() == '[');
}

std::string StatementLabel(const Statement& statement) {
  std::string_view sid = statement.sid_text();
  if (!sid.empty()) return "statement \"" + std::string(sid) + "\"";
  return "statement " + std::to_string(statement.index + 1);
}

std::string ApplyDocumentEdits(std::string_view text, std::vector<DocumentEdit> edits) {
  std::sort(edits.begin(), edits.end(), [](const DocumentEdit& a, const DocumentEdit& b) { return a.span.begin < b.span.begin; });
  std::string out;
  size_t pos = 0;
  for (const DocumentEdit& edit : edits) {
    if (edit.span.begin < pos) continue;  // overlapping edits: keep the first
    out.append(text.substr(pos, edit.span.begin - pos));
    out += edit.replacement;
    pos = edit.span.end;
  }
  out.append(text.substr(std::min(pos, text.size())));
  return out;
}

std::string MinifyJson(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < json.size()) out += json[++i];
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
      out += c;
    } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
      out += c;
    }
  }
  return out;
}

std::vector<TextEdit> ToFileEdits(const PolicyDocument& document, const std::vector<DocumentEdit>& edits) {
  std::vector<TextEdit> out;
  if (document.anchor) return out;
  const SourceText& source = document.source;
  if (!source.verbatim()) return out;
  for (const DocumentEdit& edit : edits) {
    // Inside a single-quoted shell word, a quote in the new text would end the word.
    if (!source.is_whole_file() && edit.replacement.find('\'') != std::string::npos) return {};
    ByteSpan span = source.ToFileSpan(edit.span);
    out.push_back({source.file(), span, edit.replacement});
  }
  return out;
}

ActionGrant FindActionGrant(const Statement& statement, std::string_view action) {
  ActionGrant grant;
  if (statement.action.present()) {
    for (const JsonValue* pattern : statement.action.values) {
      const std::string& text = pattern->text();
      if (EqualsIgnoreCase(text, action)) return {ActionCoverage::kNamed, pattern, nullptr};
      if (HasWildcard(text) && WildcardMatch(text, action, true) && grant.coverage == ActionCoverage::kNone) {
        grant = {ActionCoverage::kWildcard, pattern, nullptr};
      }
    }
    return grant;
  }
  if (statement.not_action.present()) {
    for (const JsonValue* pattern : statement.not_action.values) {
      if (WildcardMatch(pattern->text(), action, true)) return grant;
    }
    return {ActionCoverage::kNotAction, nullptr, statement.not_action.member};
  }
  return grant;
}

Fix MakeFix(FixApplicability applicability, std::string description, std::vector<TextEdit> edits) {
  if (edits.empty()) applicability = FixApplicability::kNone;
  return Fix{applicability, std::move(description), std::move(edits)};
}

}  // namespace slim
