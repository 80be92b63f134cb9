// What a rule reports: the finding and its remediation, in the shape of the rule contract.
#pragma once

#include <optional>
#include <memory>
#include <string>
#include <vector>

#include "core/severity.h"
#include "core/source_file.h"

namespace slim {

struct RuleInfo;

// A place in an input file. Findings about AWS managed policies are anchored at the script
// line that attaches the policy, so every location is in a file the user can open.
struct Location {
  SourceFilePtr file;
  ByteSpan span;

  const std::string& path() const;
  Position start() const;
  Position end() const;
};

// A replacement of a byte span in a file (an insertion when the span is empty).
struct TextEdit {
  SourceFilePtr file;
  ByteSpan span;
  std::string replacement;
};

enum class FixApplicability { kNone, kSafe, kUnsafe };
std::string_view FixApplicabilityName(FixApplicability applicability);

struct Fix {
  FixApplicability applicability = FixApplicability::kNone;
  std::string description;
  std::vector<TextEdit> edits;
};

// A document the remediation commands read (`file://path`), such as a generated
// least-privilege policy. The plan writes it before running the commands; --fix leaves the
// user's tree alone, because a new policy is a decision the user makes.
struct GeneratedDocument {
  GeneratedDocument(std::string path, std::string text)
      : path(std::move(path)), content(std::make_shared<const std::string>(std::move(text))) {}
  GeneratedDocument(std::string path, std::shared_ptr<const std::string> content)
      : path(std::move(path)), content(std::move(content)) {}

  const std::string& text() const { return *content; }

  std::string path;  // relative to the directory the commands run in
  // Shared: one generated policy replaces the same grant for hundreds of principals, and a
  // run keeps its findings until they are printed.
  std::shared_ptr<const std::string> content;
};

struct Remediation {
  std::string summary;
  std::vector<std::string> cli;  // complete shell lines, every value quoted
  std::string sdk;               // Python (boto3) code
  std::vector<GeneratedDocument> documents;
  Fix fix;

  bool empty() const {
    return summary.empty() && cli.empty() && sdk.empty() && documents.empty() && fix.edits.empty();
  }
};

enum class PrincipalKind { kRole, kUser, kGroup, kPolicy, kDocument };
std::string_view PrincipalKindName(PrincipalKind kind);

struct PrincipalRef {
  PrincipalKind kind = PrincipalKind::kRole;
  std::string name;
};

struct RelatedLocation {
  std::optional<Location> location;  // absent for places inside AWS managed policies
  std::string message;
};

struct Finding {
  const RuleInfo* rule = nullptr;
  Severity severity = Severity::kWarning;
  std::string message;
  Location location;
  std::string json_pointer;    // empty when the finding is not inside a JSON document
  std::string aws_issue_code;  // the Access Analyzer check this matches, or empty
  std::optional<PrincipalRef> principal;
  Remediation remediation;
  std::vector<RelatedLocation> related;
  std::string statement_sid;  // the Sid of the statement the finding is in, for suppressions
};

// Orders findings by file, position, then rule code: the order every reporter prints.
bool FindingLess(const Finding& a, const Finding& b);

}  // namespace slim
