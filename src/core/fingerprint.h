// A finding's identity that survives edits elsewhere in the file: moved lines, re-indented or
// reordered JSON and reformatted scripts keep it; a change to what the finding is about does
// not. Baselines match on it, and SARIF and GitLab carry it for code scanning.
#pragma once

#include <string>

#include "core/finding.h"

namespace slim {

// 16 hex digits over what the finding is about, never where it is:
//  - the rule code and the file's path;
//  - the principal (role, user or group) it concerns;
//  - the JSON pointer with the statement named by its Sid (array indexes left out, so
//    moving statements or list items does not change it);
//  - the flagged text with all whitespace removed;
//  - the Access Analyzer issue code and the message with positions taken out (line and
//    column numbers, "statement 3" for a statement without a Sid), so that two problems one
//    rule finds at the same token stay apart.
// Line, column and byte offsets are deliberately left out. Findings that are the same by all
// of these (the same grant in two statements without Sids) share a fingerprint; consumers
// count them (see baseline.h and report/fingerprint_occurrences.h).
std::string Fingerprint(const Finding& finding);

// The parts above that are derived, exposed for tests.
std::string StablePointer(std::string_view pointer, std::string_view statement_sid);
std::string MessageWithoutPositions(std::string_view message);

}  // namespace slim
