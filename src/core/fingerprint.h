// A finding's identity that survives edits elsewhere in the file: moved lines and reformatting
// keep it, a change to what the finding is about does not. Baselines match on it, and SARIF
// carries it as a partial fingerprint for code scanning.
#pragma once

#include <string>

#include "core/finding.h"

namespace slim {

// 16 hex digits over: the rule, the file, the JSON pointer, the principal, and the flagged text
// with all whitespace removed. Line and column are deliberately left out.
std::string Fingerprint(const Finding& finding);

}  // namespace slim
