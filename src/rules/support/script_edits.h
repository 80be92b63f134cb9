// Edits to shell scripts and Markdown shell blocks that fixes share.
#pragma once

#include <string>
#include <vector>

#include "core/finding.h"
#include "inputs/script_input.h"

namespace slim {

// Replaces the account digits at `text_offset` of `word` with ${ACCOUNT_ID} (quoted to suit
// the word), and defines ACCOUNT_ID from `aws sts get-caller-identity` once, after the
// shebang of a script or at the top of the Markdown block, unless the script already sets it.
std::vector<TextEdit> AccountVariableEdits(const ScriptInput& script, const ShellWord& word, size_t text_offset,
                                           const std::string& account);

// Replaces `word` entirely with `value`, quoted for the shell.
TextEdit ReplaceWord(const ScriptInput& script, const ShellWord& word, const std::string& value);

}  // namespace slim
