#include "core/fingerprint.h"

#include <fmt/format.h>

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

}  // namespace

std::string Fingerprint(const Finding& finding) {
  Fnv1a hash;
  hash.Add(finding.rule->code);
  hash.Add(finding.location.path());
  hash.Add(finding.json_pointer);
  hash.Add(finding.principal ? finding.principal->name : std::string());
  std::string flagged;
  if (finding.location.file) {
    std::string_view text = finding.location.file->text();
    ByteSpan span = finding.location.span;
    for (uint32_t i = span.begin; i < span.end && i < text.size(); ++i) {
      char c = text[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') flagged += c;
    }
  }
  hash.Add(flagged);
  return fmt::format("{:016x}", hash.value());
}

}  // namespace slim
