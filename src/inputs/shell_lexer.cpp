#include "inputs/shell_lexer.h"

#include <algorithm>
#include <cctype>

namespace slim {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsNewline(char c) { return c == '\n' || c == '\r'; }
bool IsOperatorChar(char c) { return c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<' || c == '>'; }

class ShellLexer {
 public:
  explicit ShellLexer(std::string_view text) : text_(text) {}

  ShellScript Run() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (IsBlank(c)) {
        FinishWord();
        ++pos_;
      } else if (IsNewline(c)) {
        FinishWord();
        FinishCommand();
        ++pos_;
        SkipPendingHeredocs();
      } else if (c == '\\' && pos_ + 1 < text_.size() && IsNewline(text_[pos_ + 1])) {
        // Line continuation: the backslash and the line end disappear.
        pos_ += 2;
        if (text_[pos_ - 1] == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
      } else if (c == '#' && !in_word_) {
        ReadComment();
      } else if (IsOperatorChar(c)) {
        ReadOperator();
      } else {
        ReadWordPart();
      }
    }
    FinishWord();
    FinishCommand();
    return std::move(script_);
  }

 private:
  void StartWordIfNeeded() {
    if (in_word_) return;
    in_word_ = true;
    word_ = ShellWord{};
    word_.span.begin = static_cast<uint32_t>(pos_);
  }

  void Append(char c, size_t source_offset) {
    auto text_offset = static_cast<uint32_t>(word_.text.size());
    auto file_offset = static_cast<uint32_t>(source_offset);
    if (word_.segments.empty() ||
        word_.segments.back().file_offset + (text_offset - word_.segments.back().text_offset) != file_offset) {
      word_.segments.push_back({text_offset, file_offset});
    }
    word_.text += c;
  }

  void AppendRaw(size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) Append(text_[i], i);
  }

  void FinishWord() {
    if (!in_word_) return;
    in_word_ = false;
    word_.span.end = static_cast<uint32_t>(word_end_);
    std::string_view raw = text_.substr(word_.span.begin, word_.span.size());
    word_.single_quoted = raw.size() >= 2 && raw.front() == '\'' && raw.find('\'', 1) == raw.size() - 1;
    if (skip_next_word_) {  // the target of a redirection is not an argument
      skip_next_word_ = false;
      if (heredoc_wanted_) {
        heredocs_.push_back(word_.text);
        heredoc_wanted_ = false;
      }
      return;
    }
    command_.words.push_back(std::move(word_));
  }

  void FinishCommand() {
    if (command_.words.empty()) return;
    command_.span = {command_.words.front().span.begin, command_.words.back().span.end};
    script_.commands.push_back(std::move(command_));
    command_ = ShellCommand{};
  }

  void ReadComment() {
    size_t start = pos_;
    while (pos_ < text_.size() && !IsNewline(text_[pos_])) ++pos_;
    script_.comments.push_back({std::string(text_.substr(start + 1, pos_ - start - 1)),
                                {static_cast<uint32_t>(start), static_cast<uint32_t>(pos_)}});
  }

  void ReadOperator() {
    char c = text_[pos_];
    // A descriptor number glued to a redirection ("2>/dev/null") is not an argument.
    if ((c == '<' || c == '>') && in_word_ && !word_.quoted && word_end_ == pos_ && !word_.text.empty() &&
        word_.text.find_first_not_of("0123456789") == std::string::npos) {
      in_word_ = false;
    }
    FinishWord();
    if (c == '<' || c == '>') {
      bool heredoc = c == '<' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '<' &&
                     !(pos_ + 2 < text_.size() && text_[pos_ + 2] == '<');
      while (pos_ < text_.size() && (text_[pos_] == '<' || text_[pos_] == '>' || text_[pos_] == '&')) ++pos_;
      if (heredoc && pos_ < text_.size() && text_[pos_] == '-') ++pos_;
      // "2>&1" and ">&2" name a descriptor, not a file word.
      if (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9' && text_[pos_ - 1] == '&') {
        while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
        return;
      }
      skip_next_word_ = true;
      heredoc_wanted_ = heredoc;
      return;
    }
    FinishCommand();
    ++pos_;
    if (pos_ < text_.size() && (text_[pos_] == '&' || text_[pos_] == '|') && text_[pos_] == c) ++pos_;
  }

  void ReadWordPart() {
    StartWordIfNeeded();
    char c = text_[pos_];
    if (c == '\'') {
      word_.quoted = true;
      size_t close = text_.find('\'', pos_ + 1);
      if (close == std::string_view::npos) {
        script_.errors.push_back("unterminated single quote");
        close = text_.size();
      }
      AppendRaw(pos_ + 1, close);
      pos_ = std::min(close + 1, text_.size());
    } else if (c == '"') {
      word_.quoted = true;
      ReadDoubleQuoted();
    } else if (c == '\\') {
      word_.quoted = true;
      if (pos_ + 1 < text_.size()) Append(text_[pos_ + 1], pos_ + 1);
      // A backslash that ends the text escapes nothing; the word must not end past the text.
      pos_ = std::min(pos_ + 2, text_.size());
    } else if (c == '$' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\'') {
      word_.quoted = true;
      ReadAnsiQuoted();
    } else if (c == '$' || c == '`') {
      ReadExpansion();
    } else {
      Append(c, pos_);
      ++pos_;
    }
    word_end_ = pos_;
  }

  void ReadDoubleQuoted() {
    ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      char c = text_[pos_];
      if (c == '\\' && pos_ + 1 < text_.size()) {
        char next = text_[pos_ + 1];
        if (next == '\n') {
          pos_ += 2;
        } else if (next == '$' || next == '`' || next == '"' || next == '\\') {
          Append(next, pos_ + 1);
          pos_ += 2;
        } else {
          Append(c, pos_);
          ++pos_;
        }
      } else if (c == '$' || c == '`') {
        ReadExpansion();
      } else {
        Append(c, pos_);
        ++pos_;
      }
    }
    if (pos_ >= text_.size()) script_.errors.push_back("unterminated double quote");
    pos_ = std::min(pos_ + 1, text_.size());
  }

  void ReadAnsiQuoted() {
    pos_ += 2;
    while (pos_ < text_.size() && text_[pos_] != '\'') {
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) {
        char next = text_[pos_ + 1];
        char decoded = next == 'n' ? '\n' : next == 't' ? '\t' : next == 'r' ? '\r' : next;
        Append(decoded, pos_);
        pos_ += 2;
      } else {
        Append(text_[pos_], pos_);
        ++pos_;
      }
    }
    pos_ = std::min(pos_ + 1, text_.size());
  }

  // $NAME, ${...}, $(...), $((...)) and `...` are copied as written and flag the word.
  void ReadExpansion() {
    word_.has_expansion = true;
    size_t start = pos_;
    if (text_[pos_] == '`') {
      size_t close = pos_ + 1;
      while (close < text_.size() && text_[close] != '`') close += text_[close] == '\\' ? 2 : 1;
      pos_ = std::min(close + 1, text_.size());
    } else if (pos_ + 1 < text_.size() && (text_[pos_ + 1] == '(' || text_[pos_ + 1] == '{')) {
      char open = text_[pos_ + 1];
      char close = open == '(' ? ')' : '}';
      int depth = 0;
      pos_ += 1;
      while (pos_ < text_.size()) {
        char c = text_[pos_];
        if (c == '\\') { pos_ += 2; continue; }
        if (c == '\'' && open == '(') {
          size_t q = text_.find('\'', pos_ + 1);
          pos_ = q == std::string_view::npos ? text_.size() : q + 1;
          continue;
        }
        if (c == open) ++depth;
        if (c == close && --depth == 0) { ++pos_; break; }
        ++pos_;
      }
      pos_ = std::min(pos_, text_.size());
    } else {
      ++pos_;
      while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) ++pos_;
      if (pos_ == start + 1 && pos_ < text_.size() && std::string_view("@*#?$!-0123456789").find(text_[pos_]) != std::string_view::npos) ++pos_;
    }
    AppendRaw(start, pos_);
  }

  // After the line that opened them, here-document bodies run to their delimiter line.
  void SkipPendingHeredocs() {
    for (const std::string& delimiter : heredocs_) {
      while (pos_ < text_.size()) {
        size_t end = pos_;
        while (end < text_.size() && !IsNewline(text_[end])) ++end;
        std::string_view line = text_.substr(pos_, end - pos_);
        size_t tabs = line.find_first_not_of('\t');
        line = tabs == std::string_view::npos ? std::string_view() : line.substr(tabs);
        pos_ = end;
        if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
        if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
        if (line == delimiter) break;
      }
    }
    heredocs_.clear();
  }

  std::string_view text_;
  size_t pos_ = 0;
  size_t word_end_ = 0;
  bool in_word_ = false;
  bool skip_next_word_ = false;
  bool heredoc_wanted_ = false;
  ShellWord word_;
  ShellCommand command_;
  std::vector<std::string> heredocs_;
  ShellScript script_;
};

}  // namespace

ShellScript LexShell(std::string_view text) { return ShellLexer(text).Run(); }

char QuoteAt(std::string_view raw, size_t offset) {
  char quote = 0;
  for (size_t i = 0; i < raw.size() && i < offset; ++i) {
    char c = raw[i];
    if (quote == 0 && c == '\\') {
      ++i;
    } else if (quote == '"' && c == '\\') {
      ++i;
    } else if (quote == 0 && (c == '\'' || c == '"')) {
      quote = c;
    } else if (c == quote) {
      quote = 0;
    }
  }
  return quote;
}

ShellWord SliceWord(const ShellWord& word, size_t begin, size_t end) {
  end = std::min(end, word.text.size());
  begin = std::min(begin, end);
  ShellWord slice = word;
  slice.text = word.text.substr(begin, end - begin);
  slice.segments.clear();
  for (const OffsetSegment& s : word.segments) {
    if (s.text_offset >= end) break;
    if (s.text_offset <= begin) {
      // The segment holding `begin` (the last one that starts at or before it) restarts at 0.
      uint32_t file_offset = s.file_offset + static_cast<uint32_t>(begin - s.text_offset);
      if (slice.segments.empty()) slice.segments.push_back({0, file_offset});
      else slice.segments.front() = {0, file_offset};
    } else {
      slice.segments.push_back({static_cast<uint32_t>(s.text_offset - begin), s.file_offset});
    }
  }
  if (!slice.segments.empty()) {
    uint32_t first = slice.segments.front().file_offset;
    const OffsetSegment& last = slice.segments.back();
    slice.span = {first, last.file_offset + static_cast<uint32_t>(slice.text.size() - last.text_offset)};
  }
  return slice;
}

}  // namespace slim
