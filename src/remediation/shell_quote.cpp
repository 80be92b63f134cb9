#include "remediation/shell_quote.h"

#include <fmt/format.h>

namespace slim {
bool IsPlainShellChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || c == '/' || c == ':' || c == ',' || c == '+' || c == '@' || c == '%' || c == '=';
}

std::string ShellQuote(std::string_view value) {
  bool plain = !value.empty() && value.front() != '=' && value.front() != '-';
  for (char c : value) plain = plain && IsPlainShellChar(c);
  // A leading "-" stays quoted too, so that it can never be read as an option by mistake.
  if (plain) return std::string(value);
  std::string out = "'";
  for (char c : value) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  out += "'";
  return out;
}

std::string PythonQuote(std::string_view value) {
  std::string out = "\"";
  for (size_t i = 0; i < value.size(); ++i) {
    auto c = static_cast<unsigned char>(value[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      out += fmt::format("\\x{:02x}", c);
    } else {
      out += static_cast<char>(c);  // UTF-8 is valid in Python 3 source
    }
  }
  out += "\"";
  return out;
}

}  // namespace slim
