#include "rules/support/policy_size.h"

namespace slim {

size_t NonWhitespaceSize(std::string_view json) {
  size_t count = 0;
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    // Count characters, not bytes: skip UTF-8 continuation bytes.
    bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    if (in_string) {
      if (!continuation) ++count;
      if (c == '\\' && i + 1 < json.size()) {
        ++i;
        ++count;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
      ++count;
    } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && !continuation) {
      ++count;
    }
  }
  return count;
}

size_t CharacterCount(std::string_view text) {
  size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string WithThousandsSeparators(size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace slim
