#include "inputs/markdown.h"

#include "util/strings.h"

namespace slim {
namespace {

struct Fence {
  char marker = 0;
  size_t length = 0;
  size_t indent = 0;
};

// A fence line is up to three spaces, then three or more backticks or tildes.
bool ReadFence(std::string_view line, Fence& fence, std::string_view& info) {
  size_t indent = 0;
  while (indent < line.size() && indent < 4 && line[indent] == ' ') ++indent;
  if (indent > 3 || indent >= line.size()) return false;
  char marker = line[indent];
  if (marker != '`' && marker != '~') return false;
  size_t length = 0;
  while (indent + length < line.size() && line[indent + length] == marker) ++length;
  if (length < 3) return false;
  fence = {marker, length, indent};
  info = Trim(line.substr(indent + length));
  return !(marker == '`' && info.find('`') != std::string_view::npos);
}

CodeBlockKind KindOf(std::string_view info) {
  std::string language = ToLower(info.substr(0, FindAnyOf(info, " \t{")));
  if (language.empty() || language == "sh" || language == "bash" || language == "shell" || language == "zsh") {
    return CodeBlockKind::kShell;
  }
  if (language == "console" || language == "shell-session") return CodeBlockKind::kConsole;
  if (language == "json" || language == "jsonc") return CodeBlockKind::kJson;
  return CodeBlockKind::kOther;
}

}  // namespace

std::vector<CodeBlock> FindCodeBlocks(std::string_view markdown) {
  std::vector<CodeBlock> blocks;
  size_t pos = 0;
  bool open = false;
  Fence fence;
  CodeBlock block;
  while (pos < markdown.size()) {
    size_t end = markdown.find('\n', pos);
    if (end == std::string_view::npos) end = markdown.size();
    std::string_view line = markdown.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    Fence candidate;
    std::string_view info;
    if (!open) {
      if (ReadFence(line, candidate, info)) {
        open = true;
        fence = candidate;
        block = CodeBlock{KindOf(info), std::string(info), {static_cast<uint32_t>(std::min(end + 1, markdown.size())), 0}};
      }
    } else if (ReadFence(line, candidate, info) && candidate.marker == fence.marker &&
               candidate.length >= fence.length && info.empty()) {
      open = false;
      block.content.end = static_cast<uint32_t>(pos);
      blocks.push_back(std::move(block));
    }
    pos = end + 1;
  }
  if (open) {  // an unclosed fence runs to the end of the document
    block.content.end = static_cast<uint32_t>(markdown.size());
    blocks.push_back(std::move(block));
  }
  return blocks;
}

std::vector<ByteSpan> ConsoleCommandSpans(std::string_view markdown, ByteSpan block) {
  std::vector<ByteSpan> spans;
  bool continued = false;
  size_t pos = block.begin;
  while (pos < block.end) {
    size_t end = markdown.find('\n', pos);
    end = end == std::string_view::npos || end > block.end ? block.end : end;
    std::string_view line = markdown.substr(pos, end - pos);
    size_t indent = line.find_first_not_of(' ');
    size_t start = std::string_view::npos;
    if (continued) start = pos;
    else if (indent != std::string_view::npos && line.substr(indent, 2) == "$ ") start = pos + indent + 2;
    if (start != std::string_view::npos) spans.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    std::string_view trimmed = line;
    while (!trimmed.empty() && (trimmed.back() == '\r' || trimmed.back() == ' ')) trimmed.remove_suffix(1);
    continued = start != std::string_view::npos && !trimmed.empty() && trimmed.back() == '\\';
    pos = end + 1;
  }
  return spans;
}

std::string MaskOutside(std::string_view text, const std::vector<ByteSpan>& keep) {
  std::string masked(text.size(), ' ');
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || text[i] == '\r') masked[i] = text[i];
  }
  for (ByteSpan span : keep) {
    for (uint32_t i = span.begin; i < span.end && i < text.size(); ++i) masked[i] = text[i];
  }
  return masked;
}

}  // namespace slim
