// Splits shell text into commands and words the way bash would for the simple commands that
// set-up scripts contain: quotes, escapes, "\" line continuations, comments, operators,
// redirections and here-documents. Expansions ($VAR, $(...), `...`) are kept as written and
// flagged, never evaluated. Every word keeps a map from its unquoted text back to the bytes it
// came from, so a policy written inside a quoted word can be located exactly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/source_file.h"
#include "core/source_text.h"

namespace slim {

struct ShellWord {
  std::string text;                    // after quote removal and escape processing
  std::vector<OffsetSegment> segments; // text offset -> byte offset in the lexed text
  ByteSpan span;                       // the word as written, quotes included
  bool has_expansion = false;          // contains $..., $(...) or `...` outside single quotes
  bool quoted = false;                 // some part was quoted or escaped
  bool single_quoted = false;          // the whole word is one '...' string: its text is verbatim
};

struct ShellCommand {
  std::vector<ShellWord> words;
  ByteSpan span;  // from the first word to the last
};

struct ShellComment {
  std::string text;  // after '#', without the line end
  ByteSpan span;     // including '#'
};

struct ShellScript {
  std::vector<ShellCommand> commands;
  std::vector<ShellComment> comments;
  std::vector<std::string> errors;  // e.g. an unterminated quote; the lexer recovers
};

ShellScript LexShell(std::string_view text);

// The quoting in force at byte `offset` of a word as written ('\'', '"', or 0 for none).
char QuoteAt(std::string_view raw_word, size_t offset);

// The part [begin, end) of a word's text, with its offset map (e.g. the value of
// "--name=value", or the path after "file://").
ShellWord SliceWord(const ShellWord& word, size_t begin, size_t end);

}  // namespace slim
