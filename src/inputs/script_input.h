// A shell script or Markdown page read for its `aws` commands (and, in Markdown, its JSON
// code blocks).
#pragma once

#include <vector>

#include "core/source_file.h"
#include "inputs/aws_command.h"
#include "inputs/shell_lexer.h"

namespace slim {

struct ScriptInput {
  SourceFilePtr file;
  bool markdown = false;
  ShellScript shell;  // offsets are byte offsets in `file` (Markdown is masked, not cut)
  AwsScript aws;
  std::vector<ByteSpan> json_blocks;   // Markdown ```json blocks that hold a policy
  std::vector<ByteSpan> shell_blocks;  // Markdown shell blocks (empty for a script)
};

ScriptInput ReadScript(SourceFilePtr file, bool markdown);

}  // namespace slim
