// Finds fenced code blocks in Markdown, so that `aws iam` commands and policy documents in a
// README or runbook are linted where they are written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/source_file.h"

namespace slim {

// kConsole is a terminal session: commands follow a "$ " prompt, other lines are output.
enum class CodeBlockKind { kShell, kConsole, kJson, kOther };

struct CodeBlock {
  CodeBlockKind kind = CodeBlockKind::kOther;
  std::string info;  // the info string after the fence, e.g. "bash"
  ByteSpan content;  // from the first line after the opening fence to the closing fence
};

std::vector<CodeBlock> FindCodeBlocks(std::string_view markdown);

// The command text of a console block: what follows each "$ " prompt, with the lines a
// trailing backslash continues.
std::vector<ByteSpan> ConsoleCommandSpans(std::string_view markdown, ByteSpan block);

// A copy of `text` with every byte outside `keep` replaced by a space (line ends stay), so the
// copy can be lexed with offsets that are still offsets into the original.
std::string MaskOutside(std::string_view text, const std::vector<ByteSpan>& keep);

}  // namespace slim
