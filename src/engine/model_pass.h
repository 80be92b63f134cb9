// The role-model pass over one group of linked scripts (engine/script_groups.h): builds their
// model and runs the rules over the scripts, their Markdown JSON blocks, the documents they
// read and the principals they make. The model, its documents and their parse trees are gone
// on return; findings keep only the file texts they point into.
#pragma once

#include <string>
#include <optional>
#include <vector>

#include "core/finding.h"
#include "engine/document_loader.h"
#include "engine/rule_runner.h"
#include "inputs/script_input.h"
#include "model/policy_type.h"

namespace slim {

struct ModelPassResult {
  std::vector<Finding> findings;            // in the order the rules reported them, unsorted
  std::vector<std::string> read;            // canonical paths of the documents the scripts read
  size_t documents = 0;                     // documents analyzed
};

ModelPassResult RunModelPass(const std::vector<const ScriptInput*>& scripts, FileDocumentLoader loader,
                             const RuleRunner& runner, const std::optional<PolicyType>& forced_type);

// --type: the user's word over what content and usage say.
void ApplyForcedType(PolicyDocument& document, const std::optional<PolicyType>& forced);

}  // namespace slim
