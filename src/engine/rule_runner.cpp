#include "engine/rule_runner.h"

#include "engine/registry.h"

namespace slim {

RuleRunner::RuleRunner(const RuleSelection& selection, const Catalog& catalog, const AnalysisSettings& settings)
    : selection_(selection), catalog_(catalog), settings_(settings), rules_(selection.enabled_rules()) {
  for (const Rule* rule : rules_) {
    if (rule->info().checks_aws_managed) managed_rules_.push_back(rule);
  }
}

void RuleRunner::RunManagedPolicy(const PolicyDocument& document, const RoleModel* model, const IamPrincipal& owner,
                                  std::vector<Finding>& out) const {
  if (!document.parsed()) return;
  VectorSink sink(out, selection_);
  DocumentCheck check{{catalog_, settings_, model, sink}, document, &owner};
  for (const Rule* rule : managed_rules_) {
    check.rule = rule;
    rule->CheckDocument(check);
  }
}

void RuleRunner::RunDocument(const PolicyDocument& document, const RoleModel* model, const IamPrincipal* owner,
                             std::vector<Finding>& out) const {
  VectorSink sink(out, selection_);
  SourceCheck source{{catalog_, settings_, model, sink}, &document, nullptr};
  for (const Rule* rule : rules_) {
    source.rule = rule;
    rule->CheckSource(source);
  }
  if (!document.parsed()) return;
  DocumentCheck check{{catalog_, settings_, model, sink}, document, owner};
  for (const Rule* rule : rules_) {
    check.rule = rule;
    rule->CheckDocument(check);
  }
}

void RuleRunner::RunScript(const ScriptInput& script, const RoleModel* model, std::vector<Finding>& out) const {
  VectorSink sink(out, selection_);
  SourceCheck source{{catalog_, settings_, model, sink}, nullptr, &script};
  for (const Rule* rule : rules_) {
    source.rule = rule;
    rule->CheckSource(source);
  }
  for (const AwsCommand& command : script.aws.commands) {
    CommandCheck check{{catalog_, settings_, model, sink}, script, command};
    for (const Rule* rule : rules_) {
      check.rule = rule;
      rule->CheckCommand(check);
    }
  }
}

void RuleRunner::RunPrincipal(const IamPrincipal& principal, std::vector<PolicyGrant> grants,
                              const RoleModel* model, std::vector<Finding>& out) const {
  VectorSink sink(out, selection_);
  PrincipalCheck check{{catalog_, settings_, model, sink}, principal, std::move(grants)};
  for (const Rule* rule : rules_) {
    check.rule = rule;
    rule->CheckPrincipal(check);
  }
}

void RuleRunner::RunStandalone(const PolicyDocument& document, std::vector<Finding>& out) const {
  IamPrincipal self;
  self.kind = PrincipalKind::kDocument;
  self.name = document.label;
  RunDocument(document, nullptr, &self, out);
  // Trust and resource policies grant nothing to a principal of their own.
  if (document.parsed() && (document.type == PolicyType::kIdentity || document.type == PolicyType::kUnknown)) {
    RunPrincipal(self, {{&document, std::nullopt, document.label}}, nullptr, out);
  }
}

}  // namespace slim
