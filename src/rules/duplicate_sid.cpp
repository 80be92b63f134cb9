// SL1016 duplicate-sid: two statements with the same Sid. IAM identity policies accept it, but
// tools and people address statements by Sid, and SCPs and several resource policies reject it.
#include <map>

#include "rules/builtin_rules.h"
#include "engine/check.h"
#include "rules/support/rule_util.h"

namespace slim {
namespace {

class DuplicateSid final : public Rule {
 public:
  DuplicateSid()
      : Rule({"SL1016", "duplicate-sid", Severity::kWarning, "two statements share a Sid",
              {"UNIQUE_SIDS_RECOMMENDED", "UNIQUE_SIDS_REQUIRED"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    std::map<std::string, const Statement*, std::less<>> seen;
    bool required = check.type() == PolicyType::kScp || check.type() == PolicyType::kRcp;
    for (const Statement& s : check.document.policy.statements) {
      std::string_view sid = s.sid_text();
      if (sid.empty()) continue;
      auto [it, inserted] = seen.emplace(std::string(sid), &s);
      if (inserted) continue;
      Finding& f = check.Report(s.sid->value, "Sid \"" + std::string(sid) + "\" is already used by statement " +
                                                  std::to_string(it->second->index + 1) +
                                                  (required ? "; this policy type requires unique Sids" : ""));
      f.aws_issue_code = required ? "UNIQUE_SIDS_REQUIRED" : "UNIQUE_SIDS_RECOMMENDED";
      f.related.push_back({check.document.LocationOf(it->second->sid->value.span()), "the first use"});
      f.remediation.summary = "give each statement its own Sid";
    }
  }
};

}  // namespace

RulePtr MakeDuplicateSid() { return std::make_unique<DuplicateSid>(); }

}  // namespace slim
