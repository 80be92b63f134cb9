// How IAM measures a policy against its size quota: every character except whitespace outside
// string values (AWS Organizations counts every character of an SCP, whitespace included).
#pragma once

#include <cstddef>
#include <string_view>

namespace slim {

size_t NonWhitespaceSize(std::string_view json);

}  // namespace slim
