#include "inputs/aws_command.h"

#include <array>
#include <cctype>

#include "util/strings.h"

namespace slim {
namespace {

// Words that may come before the command name without being it.
bool IsPrefixWord(std::string_view word) {
  static constexpr std::array<std::string_view, 15> kPrefixes = {
      "if", "then", "else", "elif", "do", "while", "until", "!", "time", "sudo", "command", "exec", "env", "nohup", "{"};
  for (std::string_view p : kPrefixes) {
    if (word == p) return true;
  }
  return false;
}

bool IsAssignment(const ShellWord& word) {
  size_t eq = word.text.find('=');
  if (eq == std::string::npos || eq == 0) return false;
  for (size_t i = 0; i < eq; ++i) {
    char c = word.text[i];
    bool ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

// AWS CLI global options that take no value.
bool IsGlobalFlag(std::string_view option) {
  return option == "--debug" || option == "--no-verify-ssl" || option == "--no-paginate" ||
         option == "--no-sign-request" || option == "--no-cli-pager" || option == "--cli-auto-prompt" ||
         option == "--no-cli-auto-prompt";
}

bool IsAwsExecutable(const ShellWord& word) {
  return !word.has_expansion && (word.text == "aws" || EndsWith(word.text, "/aws"));
}

std::optional<AwsCommand> ParseAwsCommand(const std::vector<ShellWord>& words, size_t start) {
  size_t i = start + 1;
  // Global options (--profile x, --region y, --output json, --debug) may precede the service.
  while (i < words.size() && StartsWith(words[i].text, "--") && !words[i].quoted) {
    bool takes_value = !IsGlobalFlag(words[i].text) && words[i].text.find('=') == std::string::npos;
    i += takes_value ? 2 : 1;
  }
  if (i + 1 >= words.size()) return std::nullopt;
  AwsCommand command;
  command.service = words[i].text;
  command.operation = words[i + 1].text;
  command.operation_span = words[i + 1].span;
  command.span = {words[start].span.begin, words.back().span.end};
  for (size_t k = i + 2; k < words.size(); ++k) {
    const ShellWord& word = words[k];
    if (StartsWith(word.text, "--") && !word.has_expansion) {
      AwsOption option;
      size_t eq = word.text.find('=');
      option.name = word.text.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
      option.name_span = word.span;
      if (eq != std::string::npos) option.values.push_back(SliceWord(word, eq + 1, word.text.size()));  // --name=value
      command.options.push_back(std::move(option));
    } else if (!command.options.empty()) {
      command.options.back().values.push_back(word);
    }
  }
  return command;
}

}  // namespace

const AwsOption* AwsCommand::Find(std::string_view name) const {
  for (const AwsOption& option : options) {
    if (option.name == name) return &option;
  }
  return nullptr;
}

const ShellWord* AwsCommand::Value(std::string_view name) const {
  const AwsOption* option = Find(name);
  return option && !option->values.empty() ? &option->values.front() : nullptr;
}

AwsScript ExtractAwsCommands(const ShellScript& script) {
  AwsScript result;
  for (const ShellCommand& command : script.commands) {
    const auto& words = command.words;
    // A command of nothing but assignments (optionally after "export") sets shell variables;
    // "NAME=value cmd" only sets NAME for cmd, so it is skipped like a prefix word.
    size_t first = !words.empty() && words[0].text == "export" && !words[0].quoted ? 1 : 0;
    bool only_assignments = first < words.size();
    for (size_t k = first; k < words.size(); ++k) only_assignments &= IsAssignment(words[k]);
    if (only_assignments) {
      for (size_t k = first; k < words.size(); ++k) {
        size_t eq = words[k].text.find('=');
        std::string name = words[k].text.substr(0, eq);
        auto resolved = ResolveWord(words[k], result.variables);
        if (resolved) result.variables[name] = resolved->substr(eq + 1);
        else result.variables.erase(name);
      }
      continue;
    }
    size_t i = 0;
    while (i < words.size() && !words[i].quoted && (IsPrefixWord(words[i].text) || IsAssignment(words[i]))) ++i;
    if (i < words.size() && IsAwsExecutable(words[i])) {
      if (auto parsed = ParseAwsCommand(words, i)) result.commands.push_back(std::move(*parsed));
    }
  }
  return result;
}

std::optional<std::string> ResolveWord(const ShellWord& word, const ShellVariables& variables) {
  if (!word.has_expansion) return word.text;
  // `A=$A$A` doubles A on every line: without a bound, thirty such lines ask for gigabytes.
  // The largest IAM document is 10,240 characters, so a longer value is treated as unknown.
  constexpr size_t kMaxResolvedBytes = 64u << 10;
  std::string out;
  const std::string& text = word.text;
  for (size_t i = 0; i < text.size();) {
    if (text[i] != '$') {
      out += text[i++];
      continue;
    }
    size_t name_begin, name_end, next;
    if (i + 1 < text.size() && text[i + 1] == '{') {
      name_begin = i + 2;
      name_end = text.find('}', name_begin);
      if (name_end == std::string::npos) return std::nullopt;
      next = name_end + 1;
    } else {
      name_begin = i + 1;
      name_end = name_begin;
      while (name_end < text.size() && (std::isalnum(static_cast<unsigned char>(text[name_end])) || text[name_end] == '_')) ++name_end;
      next = name_end;
    }
    auto it = variables.find(std::string_view(text).substr(name_begin, name_end - name_begin));
    if (name_end == name_begin || it == variables.end()) return std::nullopt;
    if (out.size() + it->second.size() > kMaxResolvedBytes) return std::nullopt;
    out += it->second;
    i = next;
  }
  if (word.text.find('`') != std::string::npos) return std::nullopt;
  return out;
}

}  // namespace slim
