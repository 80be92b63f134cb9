// RFC 6901 JSON pointers, used to name an element inside a policy in findings and suppressions.
#pragma once

#include <string>
#include <string_view>

namespace slim {

// Escapes one reference token ("~" becomes "~0", "/" becomes "~1").
std::string EscapeJsonPointerToken(std::string_view token);

}  // namespace slim
