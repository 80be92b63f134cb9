// How IAM measures a policy against its size quota: every character except whitespace outside
// string values (AWS Organizations counts every character of an SCP, whitespace included).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace slim {

size_t NonWhitespaceSize(std::string_view json);
// Every character (UTF-8 code point), whitespace included: how AWS Organizations measures an
// SCP or RCP saved through the CLI or an SDK.
size_t CharacterCount(std::string_view text);

// "10240" -> "10,240": quotas are written with thousands separators in AWS's documentation.
std::string WithThousandsSeparators(size_t n);

}  // namespace slim
