// SL1020 unsupported-character: a character IAM does not accept in a policy document. IAM
// policies may hold only tab, line feed, carriage return and U+0020 through U+00FF; anything
// else (an emoji in a Sid, a curly quote pasted from a document, a non-breaking space) makes
// IAM reject the whole policy. A JSON escape such as \u2019 is plain ASCII and is accepted.
#include <fmt/format.h>

#include "engine/check.h"
#include "rules/grammar/grammar.h"

namespace slim {
namespace {

constexpr size_t kMaxPerDocument = 20;

class UnsupportedCharacter final : public Rule {
 public:
  UnsupportedCharacter()
      : Rule({"SL1020", "unsupported-character", Severity::kError,
              "a character outside tab, line feed, carriage return and U+0020-U+00FF, which IAM rejects", {}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    // Resource policies belong to other services, each with its own character rules.
    PolicyType type = check.type();
    if (type == PolicyType::kResource || check.document.anchor) return;
    std::string_view text = check.document.source.text();
    size_t reported = 0;
    auto plain_ascii = [](unsigned char byte) { return (byte >= 0x20 && byte < 0x80) || byte == '\t' || byte == '\n' || byte == '\r'; };
    // Nearly every policy is plain ASCII throughout: one branch-free pass, which the compiler
    // runs over many bytes per step, settles it.
    size_t unusual = 0;
    for (char c : text) {
      auto byte = static_cast<unsigned char>(c);
      unusual += static_cast<size_t>((byte < 0x20) & (byte != '\t') & (byte != '\n') & (byte != '\r')) | static_cast<size_t>(byte >= 0x80);
    }
    if (unusual == 0) return;
    for (size_t i = 0; i < text.size() && reported < kMaxPerDocument;) {
      // Nearly every byte of a policy is printable ASCII: skip those without decoding.
      while (i < text.size() && plain_ascii(static_cast<unsigned char>(text[i]))) ++i;
      if (i == text.size()) break;
      auto byte = static_cast<unsigned char>(text[i]);
      size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 1;
      if (i + length > text.size()) length = 1;
      uint32_t code_point = byte;
      if (length == 2) code_point = ((byte & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      if (length == 3) {
        code_point = ((byte & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                     (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
      }
      if (length == 4) code_point = 0x10000;  // beyond the Basic Multilingual Plane: always outside
      bool allowed = code_point == 0x09 || code_point == 0x0A || code_point == 0x0D || (code_point >= 0x20 && code_point <= 0xFF);
      if (!allowed) {
        ByteSpan span{static_cast<uint32_t>(i), static_cast<uint32_t>(i + length)};
        std::string name = length == 4 ? "a character beyond U+FFFF" : fmt::format("U+{:04X}", code_point);
        check.ReportSpan(span, "IAM does not accept " + name + " in a policy document; use plain ASCII (or a \\u escape inside a string)", "");
        ++reported;
      }
      i += length;
    }
  }
};

}  // namespace

RulePtr MakeUnsupportedCharacter() { return std::make_unique<UnsupportedCharacter>(); }

}  // namespace slim
