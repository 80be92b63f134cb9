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
  std::string replacement = quote == '\'' ? "'\"${ACCOUNT_ID}\"'" : "${ACCOUNT_ID}";
  std::vector<TextEdit> edits{{script.file, {at, static_cast<uint32_t>(at + account.size())}, replacement}};

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
  } else if (StartsWith(text, "#!")) {
    size_t newline = text.find('\n');
    insert_at = newline == std::string_view::npos ? static_cast<uint32_t>(text.size()) : static_cast<uint32_t>(newline + 1);
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
