// Fuzzes the script and Markdown reader: fenced-block finding, the shell lexer and `aws`
// command extraction. The first byte picks shell or Markdown; the rest is the file. Every span
// must lie inside the file, words must come in order inside their command, and every offset a
// word maps its text to must be a byte of the file.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "fuzz_check.h"
#include "inputs/input_files.h"
#include "inputs/markdown.h"
#include "inputs/script_input.h"

namespace {

void CheckInside(slim::ByteSpan span, size_t size) {
  FUZZ_CHECK(span.begin <= span.end);
  FUZZ_CHECK(span.end <= size);
}

void CheckWord(const slim::ShellWord& word, size_t size) {
  CheckInside(word.span, size);
  uint32_t previous = 0;
  for (size_t i = 0; i < word.segments.size(); ++i) {
    const slim::OffsetSegment& segment = word.segments[i];
    if (i == 0) FUZZ_CHECK(segment.text_offset == 0);
    else FUZZ_CHECK(segment.text_offset > previous);
    if (word.text.empty()) {
      // An empty slice (the value of "--name=") keeps one segment: where it would start.
      FUZZ_CHECK(word.segments.size() == 1 && segment.file_offset <= size);
    } else {
      FUZZ_CHECK(segment.text_offset < word.text.size());
      FUZZ_CHECK(segment.file_offset < size);
    }
    previous = segment.text_offset;
  }
  if (!word.segments.empty()) {
    const slim::OffsetSegment& last = word.segments.back();
    FUZZ_CHECK(last.file_offset + (word.text.size() - last.text_offset) <= size);
  }
  // Slicing and quote lookup stay inside the word.
  size_t half = word.text.size() / 2;
  slim::ShellWord slice = slim::SliceWord(word, half, word.text.size());
  FUZZ_CHECK(slice.text == word.text.substr(half));
  for (const slim::OffsetSegment& segment : slice.segments) FUZZ_CHECK(segment.file_offset < size);
  CheckInside(slice.span, size);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  bool markdown = data[0] & 1;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  size_t n = text.size();

  (void)slim::SniffKind(text);

  std::vector<slim::CodeBlock> blocks = slim::FindCodeBlocks(text);
  uint32_t previous_end = 0;
  for (const slim::CodeBlock& block : blocks) {
    CheckInside(block.content, n);
    FUZZ_CHECK(block.content.begin >= previous_end);
    previous_end = block.content.end;
    for (slim::ByteSpan span : slim::ConsoleCommandSpans(text, block.content)) {
      CheckInside(span, n);
      FUZZ_CHECK(span.begin >= block.content.begin && span.end <= block.content.end);
    }
  }

  auto file = std::make_shared<const slim::SourceFile>(markdown ? "fuzz.md" : "fuzz.sh", text);
  slim::ScriptInput script = slim::ReadScript(file, markdown);
  for (slim::ByteSpan span : script.shell_blocks) CheckInside(span, n);
  for (slim::ByteSpan span : script.json_blocks) CheckInside(span, n);
  std::string masked = slim::MaskOutside(text, script.shell_blocks);
  FUZZ_CHECK(masked.size() == n);

  uint32_t previous_command_end = 0;
  for (const slim::ShellCommand& command : script.shell.commands) {
    CheckInside(command.span, n);
    FUZZ_CHECK(!command.words.empty());
    FUZZ_CHECK(command.span.begin >= previous_command_end);
    previous_command_end = command.span.end;
    uint32_t previous_word_end = command.span.begin;
    for (const slim::ShellWord& word : command.words) {
      CheckWord(word, n);
      FUZZ_CHECK(word.span.begin >= previous_word_end);
      FUZZ_CHECK(word.span.end <= command.span.end);
      previous_word_end = word.span.end;
      (void)slim::QuoteAt(text.substr(word.span.begin, word.span.size()), word.span.size() / 2);
      (void)slim::ResolveWord(word, script.aws.variables);
    }
  }
  for (const slim::ShellComment& comment : script.shell.comments) {
    CheckInside(comment.span, n);
    FUZZ_CHECK(text[comment.span.begin] == '#');
  }
  for (const slim::AwsCommand& command : script.aws.commands) {
    CheckInside(command.span, n);
    CheckInside(command.operation_span, n);
    FUZZ_CHECK(command.operation_span.begin >= command.span.begin && command.operation_span.end <= command.span.end);
    for (const slim::AwsOption& option : command.options) {
      CheckInside(option.name_span, n);
      FUZZ_CHECK(option.name_span.begin >= command.span.begin && option.name_span.end <= command.span.end);
      for (const slim::ShellWord& value : option.values) CheckWord(value, n);
    }
  }
  return 0;
}
