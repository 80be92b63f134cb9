#include "rules/support/script_edits.h"

#include <re2/re2.h>

#include "remediation/aws_call.h"
#include "remediation/shell_quote.h"
#include "util/strings.h"

namespace slim {
namespace {

uint32_t FileOffsetInWord(const ShellWord& word, size_t text_offset) {
  uint32_t file_offset = word.span.begin;
  for (const OffsetSegment& s : word.segments) {
    if (s.text_offset > text_offset) break;
    file_offset = s.file_offset + static_cast<uint32_t>(text_offset - s.text_offset);
  }
  return file_offset;
}

bool DefinesAccountVariable(std::string_view text) {
  static const RE2 kDefinition(R"((?m)^[ \t]*(export[ \t]+)?ACCOUNT_ID=)");
  return RE2::PartialMatch(text, kDefinition);
}

}  // namespace

std::vector<TextEdit> AccountVariableEdits(const ScriptInput& script, const ShellWord& word, size_t text_offset,
                                           const std::string& account) {
  std::string_view text = script.file->text();
  uint32_t at = FileOffsetInWord(word, text_offset);
  if (text.substr(at, account.size()) != account) return {};  // the digits are not contiguous in the file
  std::string_view raw = text.substr(word.span.begin, word.span.size());
  char quote = QuoteAt(raw, at - word.span.begin);
  // "NAME=<account>" is itself the definition: it gets the lookup, not a reference to itself.
  size_t eq = word.text.find('=');
  bool defines = eq != std::string::npos && eq + 1 == text_offset && text_offset + account.size() == word.text.size() &&
                 word.text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") == eq;
  std::string value = defines ? "$(aws sts get-caller-identity --query Account --output text)" : "${ACCOUNT_ID}";
  std::string replacement = quote == '\'' ? "'\"" + value + "\"'" : value;
  std::vector<TextEdit> edits{{script.file, {at, static_cast<uint32_t>(at + account.size())}, replacement}};
  if (defines) return edits;

  // In Markdown, each block is pasted on its own, so each block defines the variable itself.
  std::string_view scope = text;
  uint32_t insert_at = 0;
  if (script.markdown) {
    for (ByteSpan block : script.shell_blocks) {
      if (block.begin <= at && at < block.end) {
        scope = text.substr(block.begin, block.size());
        insert_at = block.begin;
      }
    }
  } else {
    // After the shebang, the header comments and any `set -...` line: just before the first command.
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      end = end == std::string_view::npos ? text.size() : end + 1;
      std::string_view line = Trim(text.substr(pos, end - pos));
      if (!line.empty() && line[0] != '#' && !StartsWith(line, "set ")) break;
      pos = end;
    }
    insert_at = static_cast<uint32_t>(pos);
  }
  if (!DefinesAccountVariable(scope)) {
    std::string definition = std::string(CliAccountLookup()) + "\n";
    if (insert_at == text.size() && !text.empty() && text.back() != '\n') definition = "\n" + definition;
    edits.push_back({script.file, {insert_at, insert_at}, definition});
  }
  return edits;
}

TextEdit ReplaceWord(const ScriptInput& script, const ShellWord& word, const std::string& value) {
  return {script.file, word.span, ShellQuote(value)};
}

}  // namespace slim
