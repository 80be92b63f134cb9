#include "inputs/script_input.h"

#include "inputs/markdown.h"

namespace slim {

ScriptInput ReadScript(SourceFilePtr file, bool markdown) {
  ScriptInput script;
  script.file = file;
  script.markdown = markdown;
  if (!markdown) {
    script.shell = LexShell(file->text());
  } else {
    std::vector<ByteSpan>& shell_blocks = script.shell_blocks;
    for (const CodeBlock& block : FindCodeBlocks(file->text())) {
      if (block.kind == CodeBlockKind::kShell) shell_blocks.push_back(block.content);
      if (block.kind == CodeBlockKind::kConsole) {
        for (ByteSpan span : ConsoleCommandSpans(file->text(), block.content)) shell_blocks.push_back(span);
      }
      if (block.kind == CodeBlockKind::kJson) {
        std::string_view content = file->text().substr(block.content.begin, block.content.size());
        if (content.find("\"Statement\"") != std::string_view::npos) script.json_blocks.push_back(block.content);
      }
    }
    // Lexing the masked page keeps offsets identical to the file's.
    script.shell = LexShell(MaskOutside(file->text(), shell_blocks));
  }
  script.aws = ExtractAwsCommands(script.shell);
  return script;
}

}  // namespace slim
