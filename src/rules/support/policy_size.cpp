#include "rules/support/policy_size.h"

namespace slim {

size_t NonWhitespaceSize(std::string_view json) {
  // Characters, not bytes: UTF-8 continuation bytes do not count. Inside a string everything
  // counts; outside, whitespace does not. Each state has its own tight loop because every
  // policy of every run is measured.
  auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  size_t count = 0, i = 0;
  const size_t n = json.size();
  while (i < n) {
    for (; i < n && json[i] != '"'; ++i) {
      char c = json[i];
      count += c != ' ' && c != '\t' && c != '\n' && c != '\r' && !continuation(c);
    }
    if (i == n) break;
    ++count;  // the opening quote
    for (++i; i < n; ++i) {
      char c = json[i];
      if (c == '\\' && i + 1 < n) {
        count += 2;  // the escaped character counts whatever it is
        ++i;
        continue;
      }
      count += !continuation(c);
      if (c == '"') break;
    }
    ++i;
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
