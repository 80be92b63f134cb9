// The C++ rules, family by family (each family's list.cpp registers its rules in code order).
// No static self-registration: the lists read as tables and need no linker tricks.
#include "rules/builtin_rules.h"

#include "rules/grammar/grammar.h"
#include "rules/principals/principals.h"
#include "rules/actions/actions.h"
#include "rules/resources/resources.h"
#include "rules/accounts/accounts.h"
#include "rules/managed/managed.h"
#include "rules/meta/meta.h"
#include "rules/risk/risk.h"
#include "rules/conditions/conditions.h"
#include "rules/scripts/scripts.h"

namespace slim {

std::vector<RulePtr> MakeBuiltinRules() {
  std::vector<RulePtr> rules;
  AddGrammarRules(rules);
  AddPrincipalRules(rules);
  AddActionRules(rules);
  AddResourceRules(rules);
  AddAccountRules(rules);
  AddManagedPolicyRules(rules);
  AddRiskRules(rules);
  AddConditionRules(rules);
  AddScriptRules(rules);
  AddMetaRules(rules);
  return rules;
}

}  // namespace slim
