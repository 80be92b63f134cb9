#include "least_privilege/boto3_scan.h"

#include <cctype>
#include <map>
#include <optional>

#include "util/strings.h"

namespace slim {
namespace {

enum class TokenKind { kIdent, kString, kPunct };

struct Token {
  TokenKind kind = TokenKind::kPunct;
  std::string text;  // identifier, string contents (escapes left as written), or one character
  uint32_t line = 1;
  bool formatted = false;  // an f-string: its text is not the value
};

bool IsIdentStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool IsIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// A string literal starting at its quote s[i] (single, double or tripled), added to `tokens`;
// returns the index after its closing quote. An unterminated one-line string stops at the end
// of its line, as Python reports it.
size_t ScanString(std::string_view s, size_t i, uint32_t& line, bool formatted, std::vector<Token>& tokens) {
  char c = s[i];
  bool triple = s.substr(i, 3) == std::string(3, c);
  size_t quote_len = triple ? 3 : 1;
  uint32_t start_line = line;
  i += quote_len;
  size_t body = i;
  while (i < s.size()) {
    if (s[i] == '\\') {
      i += 2;
      continue;
    }
    if (s[i] == '\n') {
      ++line;
      if (!triple) break;
    }
    if (s[i] == c && (!triple || s.substr(i, 3) == std::string(3, c))) break;
    ++i;
  }
  size_t end = std::min(i, s.size());
  tokens.push_back({TokenKind::kString, std::string(s.substr(body, end - body)), start_line, formatted});
  return std::min(s.size(), end + quote_len);
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  uint32_t line = 1;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '\n') {
      ++line;
      ++i;
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '#') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (IsIdentStart(c)) {
      size_t begin = i;
      while (i < s.size() && IsIdentChar(s[i])) ++i;
      std::string_view word = s.substr(begin, i - begin);
      // A string prefix (r, b, u, f and pairs) directly followed by a quote.
      bool prefix = word.size() <= 2 && i < s.size() && (s[i] == '\'' || s[i] == '"') &&
                    word.find_first_not_of("rRbBuUfF") == std::string_view::npos;
      if (!prefix) {
        tokens.push_back({TokenKind::kIdent, std::string(word), line});
        continue;
      }
      bool formatted = FindAnyOf(word, "fF") != std::string_view::npos;
      i = ScanString(s, i, line, formatted, tokens);
    } else if (c == '\'' || c == '"') {
      i = ScanString(s, i, line, false, tokens);
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      while (i < s.size() && (IsIdentChar(s[i]) || s[i] == '.')) ++i;
    } else {
      tokens.push_back({TokenKind::kPunct, std::string(1, c), line});
      ++i;
    }
  }
  return tokens;
}

class Scanner {
 public:
  explicit Scanner(std::string_view python) : t_(Tokenize(python)), match_(t_.size(), kNone) {
    std::vector<size_t> open;
    for (size_t i = 0; i < t_.size(); ++i) {
      if (Is(i, "(") || Is(i, "[") || Is(i, "{")) {
        open.push_back(i);
      } else if ((Is(i, ")") || Is(i, "]") || Is(i, "}")) && !open.empty()) {
        match_[open.back()] = i;
        match_[i] = open.back();
        open.pop_back();
      }
    }
  }

  std::vector<Boto3Call> Run() {
    for (size_t i = 0; i < t_.size(); ++i) {
      if (FactoryAt(i)) continue;
      if (t_[i].kind == TokenKind::kIdent && !Is(i - 1, ".")) CallOnVariableAt(i);
    }
    return std::move(calls_);
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);
  struct Variable {
    std::string service;
    bool resource = false;
    std::string bucket;  // s3.Bucket("b") and s3.Object("b", key): the bucket its calls act on
  };

  // A sub-resource made from `var` by the constructor at `method_token`.
  Variable SubResource(Variable var, size_t method_token) const {
    const std::string& type = t_[method_token].text;
    if (var.service == "s3" && (type == "Bucket" || type == "Object") && IsString(method_token + 2)) {
      var.bucket = t_[method_token + 2].text;
    }
    return var;
  }

  bool Is(size_t i, std::string_view punct) const {
    return i < t_.size() && t_[i].kind == TokenKind::kPunct && t_[i].text == punct;
  }
  bool IsIdent(size_t i) const { return i < t_.size() && t_[i].kind == TokenKind::kIdent; }
  bool IsString(size_t i) const { return i < t_.size() && t_[i].kind == TokenKind::kString && !t_[i].formatted; }

  static bool PlausibleService(std::string_view name) {
    if (name.empty() || name.size() > 64) return false;
    for (char c : name) {
      if (!std::islower(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)) && c != '-') return false;
    }
    return true;
  }

  // `<expr>.client("svc", ...)` or `.resource(service_name="svc")` at token i ("client").
  bool FactoryAt(size_t i) {
    if (!IsIdent(i) || (t_[i].text != "client" && t_[i].text != "resource") || !Is(i - 1, ".") || !Is(i + 1, "(")) {
      return false;
    }
    size_t arg = i + 2;
    if (IsIdent(arg) && t_[arg].text == "service_name" && Is(arg + 1, "=")) arg += 2;
    if (!IsString(arg) || !PlausibleService(t_[arg].text)) return false;
    Variable made{t_[arg].text, t_[i].text == "resource"};
    size_t close = match_[i + 1];
    if (close == kNone) return false;

    // Walk back over the receiver (boto3, session, boto3.session.Session(), self.session).
    size_t k = i - 1;  // the '.'
    while (k > 0) {
      size_t prev = k - 1;
      if (Is(prev, ")") && match_[prev] != kNone) prev = match_[prev] - 1;
      if (prev >= t_.size() || !IsIdent(prev)) break;
      k = prev;
      if (k == 0 || !Is(k - 1, ".")) break;
      k = k - 1;
    }
    size_t start = k;
    if (start >= 2 && Is(start - 1, "=") && !Is(start - 2, "=") && !Is(start - 2, "!") && !Is(start - 2, "<") &&
        !Is(start - 2, ">")) {
      if (auto name = DottedNameEndingAt(start - 2)) vars_[*name] = made;
    }
    // `boto3.client("sqs").send_message(...)`: a call on the unnamed client.
    if (Is(close + 1, ".") && IsIdent(close + 2) && Is(close + 3, "(")) Chain(made, close + 2);
    return true;
  }

  std::optional<std::string> DottedNameEndingAt(size_t end) const {
    if (!IsIdent(end)) return std::nullopt;
    std::string name = t_[end].text;
    size_t k = end;
    while (k >= 2 && Is(k - 1, ".") && IsIdent(k - 2)) {
      k -= 2;
      name = t_[k].text + "." + name;
    }
    // Part of a larger expression, unless that token ends the previous line (Python statements
    // end at the line's end; the tokenizer keeps no newlines).
    if (k >= 1 && (Is(k - 1, ".") || Is(k - 1, ")")) && t_[k - 1].line == t_[k].line) return std::nullopt;
    return name;
  }

  void CallOnVariableAt(size_t i) {
    std::vector<std::string> parts{t_[i].text};
    size_t k = i;
    while (Is(k + 1, ".") && IsIdent(k + 2)) {
      k += 2;
      parts.push_back(t_[k].text);
    }
    // The longest leading part that names a client or resource.
    for (size_t n = parts.size() - 1; n >= 1; --n) {
      std::string prefix = parts[0];
      for (size_t p = 1; p < n; ++p) prefix += "." + parts[p];
      auto it = vars_.find(prefix);
      if (it == vars_.end()) continue;
      Variable var = it->second;
      if (!Is(k + 1, "(")) return;
      std::vector<std::string> rest(parts.begin() + n, parts.end());
      if (rest.front() == "meta") return;
      std::string method = rest.back();
      if (rest.size() > 1) {
        if (!var.resource) return;
        method = rest.front() + "." + rest.back();  // bucket.objects.filter
      }
      if (var.resource && !method.empty() && std::isupper(static_cast<unsigned char>(method[0]))) {
        // A sub-resource (s3.Bucket("b")): assigned, it is a resource too; chained, the next call is on it.
        if (i >= 2 && Is(i - 1, "=") && !Is(i - 2, "=")) {
          if (auto name = DottedNameEndingAt(i - 2)) vars_[*name] = SubResource(var, k);
        }
        Chain(var, k);
        return;
      }
      Record(var, method, k, k + 1);
      return;
    }
  }

  // A call at `method_token` (followed by '('); a sub-resource (s3.Bucket("b")) passes the call
  // chained on it (.upload_file(...)) through.
  void Chain(const Variable& var, size_t method_token) {
    const std::string& method = t_[method_token].text;
    if (!var.resource || !std::isupper(static_cast<unsigned char>(method[0]))) {
      Record(var, method, method_token, method_token + 1);
      return;
    }
    size_t close = match_[method_token + 1];
    if (close != kNone && Is(close + 1, ".") && IsIdent(close + 2) && Is(close + 3, "(")) {
      Chain(SubResource(var, method_token), close + 2);
    }
  }

  void Record(const Variable& var, std::string method, size_t method_token, size_t open) {
    Boto3Call call{var.service, std::move(method), var.resource, t_[method_token].line, {}};
    size_t close = match_[open];
    if (close == kNone) close = t_.size();
    // get_paginator("list_objects_v2") pages through that operation.
    if (call.method == "get_paginator" && IsString(open + 1)) call.method = t_[open + 1].text;
    if (call.method == "get_waiter") return;
    for (size_t a = open + 1; a + 2 < close; ++a) {
      if (IsIdent(a) && Is(a + 1, "=") && IsString(a + 2) && (Is(a - 1, "(") || Is(a - 1, ",")) &&
          (Is(a + 3, ",") || Is(a + 3, ")"))) {
        call.keyword_strings.emplace_back(t_[a].text, t_[a + 2].text);
      }
      if (Is(a, "(") || Is(a, "[") || Is(a, "{")) {
        if (match_[a] != kNone && a != open) a = match_[a];  // nested calls' arguments are not this call's
      }
    }
    if (!var.bucket.empty()) call.keyword_strings.emplace_back("Bucket", var.bucket);
    calls_.push_back(std::move(call));
  }

  std::vector<Token> t_;
  std::vector<size_t> match_;
  std::map<std::string, Variable> vars_;
  std::vector<Boto3Call> calls_;
};

}  // namespace

std::vector<Boto3Call> ScanBoto3(std::string_view python) { return Scanner(python).Run(); }

}  // namespace slim
