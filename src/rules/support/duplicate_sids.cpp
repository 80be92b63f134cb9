#include "rules/support/duplicate_sids.h"

#include <map>

namespace slim {

void ReportDuplicateSids(const DocumentCheck& check, const char* aws_issue_code, const char* consequence) {
  std::map<std::string, const Statement*, std::less<>> seen;
  for (const Statement& s : check.document.policy.statements) {
    std::string_view sid = s.sid_text();
    if (sid.empty()) continue;
    auto [it, inserted] = seen.emplace(std::string(sid), &s);
    if (inserted) continue;
    Finding& f = check.Report(s.sid->value, "Sid \"" + std::string(sid) + "\" is already used by statement " +
                                                std::to_string(it->second->index + 1) + consequence);
    f.aws_issue_code = aws_issue_code;
    f.related.push_back({check.document.LocationOf(it->second->sid->value.span()), "the first use"});
    f.remediation.summary = "give each statement its own Sid";
  }
}

}  // namespace slim
