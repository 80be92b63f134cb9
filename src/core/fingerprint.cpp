#include "core/fingerprint.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include "core/rule.h"

namespace slim {
namespace {

// FNV-1a, 64 bits: stable across platforms and releases, unlike std::hash.
class Fnv1a {
 public:
  void Add(std::string_view text) {
    for (char c : text) {
      hash_ ^= static_cast<unsigned char>(c);
      hash_ *= 0x100000001b3ULL;
    }
    hash_ ^= 0xff;  // field separator
    hash_ *= 0x100000001b3ULL;
  }
  uint64_t value() const { return hash_; }

 private:
  uint64_t hash_ = 0xcbf29ce484222325ULL;
};

bool AllDigits(std::string_view s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos; }

std::string FlaggedText(const Location& location) {
  std::string flagged;
  if (!location.file) return flagged;
  std::string_view text = location.file->text();
  for (uint32_t i = location.span.begin; i < location.span.end && i < text.size(); ++i) {
    char c = text[i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') flagged += c;
  }
  return flagged;
}

}  // namespace

std::string StablePointer(std::string_view pointer, std::string_view statement_sid) {
  // "/Statement/3/Action/1" -> "/Statement/[Sid]/Action/*": the position of a statement or a
  // list item says where it is, not what it is. The Sid (unique within a policy) keeps two
  // statements' findings apart; without one, the flagged text and message have to.
  std::string out;
  std::string_view previous;
  size_t pos = pointer.empty() ? std::string_view::npos : 1;
  while (pos != std::string_view::npos && pos <= pointer.size()) {
    size_t end = pointer.find('/', pos);
    std::string_view token = pointer.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    out += '/';
    if (!AllDigits(token)) out += token;
    else if (previous == "Statement" && !statement_sid.empty()) out += "[" + std::string(statement_sid) + "]";
    else out += '*';
    previous = token;
    pos = end == std::string_view::npos ? end : end + 1;
  }
  return out;
}

std::string MessageWithoutPositions(std::string_view message) {
  // "replaces the one at line 6", "granted at policy.json:12:5" and "statement 3" (a statement
  // without a Sid, by its place in the list) name places, which move.
  static const RE2 kLineWords(R"(\b(statements?|lines?|columns?|col)\s+[0-9]+((\s*(-|,|:|and)\s*[0-9]+)*))");
  static const RE2 kFilePositions(R"((\.(?:json|sh|bash|md|markdown|ya?ml|txt)):[0-9]+(:[0-9]+)?)");
  std::string out(message);
  RE2::GlobalReplace(&out, kLineWords, R"(\1 #)");
  RE2::GlobalReplace(&out, kFilePositions, R"(\1:#)");
  return out;
}

std::string Fingerprint(const Finding& finding) {
  Fnv1a hash;
  hash.Add(finding.rule->code);
  hash.Add(finding.location.path());
  hash.Add(finding.principal ? finding.principal->name : std::string());
  hash.Add(StablePointer(finding.json_pointer, finding.statement_sid));
  hash.Add(FlaggedText(finding.location));
  hash.Add(finding.aws_issue_code);
  hash.Add(MessageWithoutPositions(finding.message));
  return fmt::format("{:016x}", hash.value());
}

}  // namespace slim
