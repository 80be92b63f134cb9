// Runs the enabled rules over one unit of work: a document, a script, or a principal.
#pragma once

#include <vector>

#include "core/finding.h"
#include "model/role_model.h"
#include "engine/check.h"

namespace slim {

class Catalog;
class RuleSelection;

class RuleRunner {
 public:
  RuleRunner(const RuleSelection& selection, const Catalog& catalog, const AnalysisSettings& settings);

  // Source checks, then (when it parsed) document checks.
  void RunDocument(const PolicyDocument& document, const RoleModel* model, const IamPrincipal* owner,
                   std::vector<Finding>& out) const;
  // Source checks on the script text, then command checks on each `aws` command.
  void RunScript(const ScriptInput& script, const RoleModel* model, std::vector<Finding>& out) const;
  void RunPrincipal(const IamPrincipal& principal, std::vector<PolicyGrant> grants, const RoleModel* model,
                    std::vector<Finding>& out) const;
  // An AWS managed policy attached to `owner`, anchored at the attachment: only the rules that
  // check AWS managed policies run on it.
  void RunManagedPolicy(const PolicyDocument& document, const RoleModel* model, const IamPrincipal& owner,
                        std::vector<Finding>& out) const;
  // A document no script uses: analyzed alone, as its own principal.
  void RunStandalone(const PolicyDocument& document, std::vector<Finding>& out) const;

  const Catalog& catalog() const { return catalog_; }

 private:
  const RuleSelection& selection_;
  const Catalog& catalog_;
  const AnalysisSettings& settings_;
  std::vector<const Rule*> rules_;
  std::vector<const Rule*> managed_rules_;  // the subset that checks AWS managed policies
};

}  // namespace slim
