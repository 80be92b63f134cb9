// What a rule sees when it runs, and how it reports. One check object is made per unit of
// work (a document, a command, a principal, a file); the engine points it at each rule in turn.
#pragma once

#include <map>

#include <string>
#include <vector>

#include "core/finding.h"
#include "core/rule.h"
#include "model/document.h"
#include "model/permission_set.h"
#include "model/role_model.h"
#include "engine/settings.h"

namespace slim {

class Catalog;

// Collects findings, giving each the severity the run assigns to its rule.
class FindingSink {
 public:
  virtual ~FindingSink() = default;
  virtual Finding& Add(const Rule& rule, Location location, std::string message) = 0;
};

class RuleSelection;

// Collects one run's findings (a document, a script or a principal). A rule reports at most
// kMaxPerRule findings in one run; the rest are counted, and one more finding at the last one
// kept says how many were left out, so a hostile file (300,000 unknown keys, 200,000 unknown
// actions) cannot make memory and output grow with it.
class VectorSink final : public FindingSink {
 public:
  static constexpr size_t kMaxPerRule = 1000;

  VectorSink(std::vector<Finding>& out, const RuleSelection& selection) : out_(out), selection_(selection) {}
  ~VectorSink() override;
  VectorSink(const VectorSink&) = delete;
  VectorSink& operator=(const VectorSink&) = delete;

  Finding& Add(const Rule& rule, Location location, std::string message) override;

 private:
  struct PerRule {
    size_t kept = 0;
    size_t left_out = 0;
    Location last;
  };
  std::vector<Finding>& out_;
  const RuleSelection& selection_;
  std::map<const Rule*, PerRule> counts_;
  Finding discarded_;  // what a rule fills in for a finding past the limit
};

struct CheckBase {
  const Catalog& catalog;
  const AnalysisSettings& settings;
  const RoleModel* model;  // null when no script was given
  FindingSink& sink;
  const Rule* rule = nullptr;  // set by the engine before each rule runs

  Finding& Report(Location location, std::string message) const { return sink.Add(*rule, std::move(location), std::move(message)); }
};

struct ActionLookup;
struct ActionInfo;

struct DocumentCheck : CheckBase {
  const PolicyDocument& document;
  // The principal a document belongs to when the role model does not say (an AWS managed
  // policy expanded for one attachment, or a standalone document as its own principal).
  const IamPrincipal* owner = nullptr;
  // Filled by LookUp() and Expand(); part of the aggregate so checks stay brace-initialized.
  struct Cache;
  mutable std::shared_ptr<Cache> cache = nullptr;

  PolicyType type() const { return document.type; }
  const std::vector<DocumentUse>& uses() const;
  std::vector<const IamPrincipal*> principals() const;

  // Reports at a JSON node, filling in the JSON pointer, the principal and, for AWS managed
  // policies, which policy and statement the finding is in.
  Finding& Report(const JsonValue& node, std::string message) const;

  // Catalog answers for this document's action values, computed once per document however
  // many rules ask (every action rule asks about every action).
  const ActionLookup& LookUp(const JsonValue& action) const;
  const std::vector<const ActionInfo*>& Expand(std::string_view pattern) const;
  // The same actions ordered by address, for set comparisons between values.
  const std::vector<const ActionInfo*>& ExpandByAddress(std::string_view pattern) const;
  Finding& ReportKey(const JsonMember& member, std::string message) const;
  Finding& ReportSpan(ByteSpan span, std::string message, std::string pointer) const;
};

struct CommandCheck : CheckBase {
  const ScriptInput& script;
  const AwsCommand& command;

  Location LocationOf(ByteSpan span) const { return {script.file, span}; }
  Finding& Report(ByteSpan span, std::string message) const { return CheckBase::Report(LocationOf(span), std::move(message)); }
};

struct PrincipalCheck : CheckBase {
  const IamPrincipal& principal;
  // The principal's policies with where each is granted (inline, customer managed, AWS
  // managed, its groups').
  std::vector<PolicyGrant> grants;

  // Everything the principal may do, built once per principal for the rules that ask.
  const PermissionSet& permissions() const;
  mutable std::shared_ptr<const PermissionSet> permission_set = nullptr;
};

// Runs once for every document, parsed or not, and once for every script: for rules about
// the text itself (syntax, duplicate keys, encoding).
struct SourceCheck : CheckBase {
  const PolicyDocument* document;  // exactly one of these is set
  const ScriptInput* script;

  Finding& ReportSpan(ByteSpan span, std::string message) const;
};

// The JSON pointer of `node` inside `document` (computed once per document).
std::string PointerOf(const PolicyDocument& document, const JsonValue* node);

}  // namespace slim
