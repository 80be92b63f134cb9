// A rule: its contract metadata and the checks it runs. A rule overrides the hooks it needs:
// sources (the text of a document or script: syntax and encoding), documents (one parsed
// policy at a time), commands (one `aws` command of a script) or principals (one role, user
// or group with every policy it has).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/severity.h"

namespace slim {

struct DocumentCheck;
struct CommandCheck;
struct PrincipalCheck;
struct SourceCheck;

// A setting a rule reads from the config file's "rules" table, e.g. {"SL8002": {"quota": 20}}.
// Options are whole numbers in a range; the config is rejected, with its position, otherwise.
struct RuleOption {
  std::string name;
  long long default_value = 0;
  long long min = 0, max = 0;
  std::string help;
};

struct RuleInfo {
  std::string code;     // "SL4001"
  std::string name;     // "hardcoded-account-id"
  Severity severity = Severity::kWarning;
  std::string summary;  // one line
  // The Access Analyzer checks this rule matches offline (a finding names the one it found).
  std::vector<std::string> aws_issue_codes;
  // Whether the rule also runs on the AWS managed policies a script attaches (reported at the
  // attachment). Most rules do not: AWS's documents are valid, and the attachment rules
  // (SL5001-SL5005) already speak for them; this is for risks only their content shows.
  bool checks_aws_managed = false;
  std::vector<RuleOption> options;

  std::string doc_path() const { return "docs/rules/" + code + "-" + name + ".md"; }
};

class Rule {
 public:
  explicit Rule(RuleInfo info) : info_(std::move(info)) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleInfo& info() const { return info_; }

  virtual void CheckSource(const SourceCheck&) const {}
  virtual void CheckDocument(const DocumentCheck&) const {}
  virtual void CheckCommand(const CommandCheck&) const {}
  virtual void CheckPrincipal(const PrincipalCheck&) const {}

 private:
  RuleInfo info_;
};

using RulePtr = std::unique_ptr<Rule>;

}  // namespace slim
