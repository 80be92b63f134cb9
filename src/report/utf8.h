// Well-formed UTF-8 for the machine-readable formats: JSON and XML consumers reject a report
// with broken UTF-8, and inputs (file names, quoted policy values) may carry any bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace slim {

struct Utf8Char {
  char32_t code_point;
  uint32_t length;  // in bytes
};

// The character starting at byte `i`, or nullopt when the bytes there are not well-formed
// UTF-8 (truncated, overlong, a surrogate or beyond U+10FFFF).
std::optional<Utf8Char> DecodeUtf8(std::string_view text, size_t i);

// `text` with every byte that is not part of a well-formed character replaced by U+FFFD.
std::string ValidUtf8(std::string_view text);

}  // namespace slim
