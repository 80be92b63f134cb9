// `slim-lint --list-rules`: every rule, as an aligned table with a header line (code, name,
// default severity, summary and the Access Analyzer checks it matches) or as JSON for tools.
#pragma once

#include <ostream>

namespace slim {

void ListRules(std::ostream& out, bool json);

}  // namespace slim
