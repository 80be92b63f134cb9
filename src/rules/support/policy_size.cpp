#include "rules/support/policy_size.h"

#include "util/strings.h"

namespace slim {

namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Loops without branches, which the compiler runs over many bytes per step.
size_t CodePoints(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += static_cast<size_t>(!IsContinuation(c));
  return count;
}

size_t NonWhitespaceCodePoints(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += static_cast<size_t>((c != ' ') & (c != '\t') & (c != '\n') & (c != '\r') & !IsContinuation(c));
  return count;
}

}  // namespace

size_t NonWhitespaceSize(std::string_view json) {
  // Characters, not bytes: UTF-8 continuation bytes do not count. Inside a string every
  // character counts (an escape's backslash too); outside, whitespace does not. Every policy
  // of every run is measured, so each stretch is counted by a loop of its own.
  size_t count = 0, i = 0;
  while (i < json.size()) {
    size_t open = json.find('"', i);
    count += NonWhitespaceCodePoints(json.substr(i, open == std::string_view::npos ? std::string_view::npos : open - i));
    if (open == std::string_view::npos) break;
    size_t end = JsonStringEnd(json, open);
    count += CodePoints(json.substr(open, end - open));
    i = end;
  }
  return count;
}

size_t CharacterCount(std::string_view text) {
  return CodePoints(text);
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
