// `slim-lint --list-rules`: every rule, as aligned text or as JSON for tools.
#pragma once

#include <ostream>

namespace slim {

void ListRules(std::ostream& out, bool json);

}  // namespace slim
