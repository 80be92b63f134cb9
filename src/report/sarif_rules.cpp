#include "report/sarif_rules.h"

#include <string>

#include "embed/embedded_files.h"
#include "util/strings.h"

namespace slim {
namespace {

// GitHub code scanning ranks alerts by this score (critical above 9.0, high from 7.0, medium
// from 4.0, low below). Security findings are exploitable as written: high, but not critical,
// since slim-lint cannot see whether the resource or role is reachable. Errors are policies AWS
// rejects or that do not do what they say: high too, just below. Warnings are medium, and
// suggestions low. GitHub reads the score from the rule, so a severity overridden in the
// configuration changes the level of each result but not this score.
std::string_view SecuritySeverity(Severity severity) {
  switch (severity) {
    case Severity::kSecurity: return "8.5";
    case Severity::kError: return "7.5";
    case Severity::kWarning: return "5.0";
    case Severity::kSuggestion: return "2.0";
  }
  return "5.0";
}

// The rule page's first paragraph after its summary table ("A 12-digit AWS account ID is
// written into an ARN..."), on one line; empty when the page has no such paragraph.
std::string LeadParagraph(std::string_view page) {
  bool in_table = false;
  bool after_table = false;
  std::string paragraph;
  for (std::string_view line : Split(page, '\n')) {
    line = Trim(line);
    if (StartsWith(line, "|")) {
      in_table = true;
      continue;
    }
    if (in_table) after_table = true;
    if (!after_table) continue;
    if (line.empty()) {
      if (paragraph.empty()) continue;
      break;
    }
    if (StartsWith(line, "#")) break;
    if (!paragraph.empty()) paragraph += ' ';
    paragraph.append(line);
  }
  return paragraph;
}

// Markdown links "[label](target)" reduced to their label, for the plain-text descriptions.
std::string WithoutLinks(std::string_view markdown) {
  std::string out;
  size_t i = 0;
  while (i < markdown.size()) {
    size_t open = markdown.find('[', i);
    if (open == std::string_view::npos) break;
    size_t label_end = markdown.find(']', open);
    size_t close = label_end == std::string_view::npos ? label_end : markdown.find(')', label_end);
    bool link = close != std::string_view::npos && markdown.substr(label_end, 2) == "](";
    out.append(markdown.substr(i, open - i));
    if (link) {
      out.append(markdown.substr(open + 1, label_end - open - 1));
      i = close + 1;
    } else {
      out += '[';
      i = open + 1;
    }
  }
  if (i < markdown.size()) out.append(markdown.substr(i));
  return out;
}

// The page with its relative links ("SL4002-placeholder-account-id.md", "../catalog.md")
// made absolute, since code scanning shows help.markdown away from the repository.
std::string WithAbsoluteLinks(std::string_view markdown, std::string_view page_path) {
  std::string base = std::string(kDocsBaseUrl) + std::string(page_path.substr(0, page_path.rfind('/') + 1));
  std::string out;
  size_t i = 0;
  for (size_t at = markdown.find("](", i); at != std::string_view::npos; at = markdown.find("](", i)) {
    size_t target = at + 2;
    out.append(markdown.substr(i, target - i));
    std::string_view rest = markdown.substr(target);
    bool relative = !StartsWith(rest, "#") && !StartsWith(rest, "http://") && !StartsWith(rest, "https://") &&
                    !StartsWith(rest, "mailto:");
    if (relative) out += base;
    i = target;
  }
  out.append(markdown.substr(i));
  return out;
}

void WriteMessage(JsonWriter& w, std::string_view key, std::string_view text) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.StartObject();
  w.Key("text");
  WriteString(w, text);
  w.EndObject();
}

}  // namespace

std::string_view SarifLevel(Severity severity) {
  switch (severity) {
    case Severity::kError:
    case Severity::kSecurity: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kSuggestion: return "note";
  }
  return "warning";
}

void WriteSarifRule(JsonWriter& w, const RuleInfo& rule) {
  std::string doc_path = rule.doc_path();
  std::string_view page = FindEmbeddedFile(doc_path);
  std::string lead = WithoutLinks(LeadParagraph(page));
  w.StartObject();
  w.Key("id");
  WriteString(w, rule.code);
  w.Key("name");
  WriteString(w, rule.name);
  WriteMessage(w, "shortDescription", rule.summary);
  WriteMessage(w, "fullDescription", lead.empty() ? rule.summary : lead);
  if (!page.empty()) {
    w.Key("help");
    w.StartObject();
    w.Key("text");
    WriteString(w, page);
    w.Key("markdown");
    WriteString(w, WithAbsoluteLinks(page, doc_path));
    w.EndObject();
    w.Key("helpUri");
    WriteString(w, std::string(kDocsBaseUrl) + doc_path);
  }
  w.Key("defaultConfiguration");
  w.StartObject();
  w.Key("level");
  WriteString(w, SarifLevel(rule.severity));
  w.EndObject();
  w.Key("properties");
  w.StartObject();
  w.Key("security-severity");
  WriteString(w, SecuritySeverity(rule.severity));
  w.Key("tags");
  w.StartArray();
  w.String("security");  // GitHub reads security-severity only from rules tagged "security"
  if (rule.severity != Severity::kSecurity) WriteString(w, SeverityName(rule.severity));  // tags are unique
  w.EndArray();
  w.Key("aws_issue_codes");
  w.StartArray();
  for (const std::string& code : rule.aws_issue_codes) WriteString(w, code);
  w.EndArray();
  w.EndObject();
  w.EndObject();
}

}  // namespace slim
