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

}  // namespace slim
