// Quoting for anything printed for a shell: a hostile role name or path in an input must
// never run as a command when a user pastes or runs what slim-lint prints.
#pragma once

#include <string>
#include <string_view>

namespace slim {

// A single shell word that bash reads back as exactly `value`. Plain words are left bare;
// anything else is single-quoted, with embedded quotes written as '\''.
std::string ShellQuote(std::string_view value);

// Characters that stand for themselves in an unquoted bash word (ShellQuote leaves words of
// these bare).
bool IsPlainShellChar(char c);

// A Python string literal (double-quoted, every non-printable or non-ASCII byte escaped).
std::string PythonQuote(std::string_view value);

}  // namespace slim
