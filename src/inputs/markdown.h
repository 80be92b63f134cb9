// Finds fenced code blocks in Markdown, so that `aws iam` commands and policy documents in a
// README or runbook are linted where they are written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/source_file.h"

namespace slim {

enum class CodeBlockKind { kShell, kJson, kOther };

struct CodeBlock {
  CodeBlockKind kind = CodeBlockKind::kOther;
  std::string info;  // the info string after the fence, e.g. "bash"
  ByteSpan content;  // from the first line after the opening fence to the closing fence
};

std::vector<CodeBlock> FindCodeBlocks(std::string_view markdown);

// A copy of `text` with every byte outside `keep` replaced by a space (line ends stay), so the
// copy can be lexed with offsets that are still offsets into the original.
std::string MaskOutside(std::string_view text, const std::vector<ByteSpan>& keep);

}  // namespace slim
