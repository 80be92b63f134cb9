#include "json/json_parser.h"

#include <algorithm>

#include <rapidjson/error/error.h>
#include <rapidjson/reader.h>
#include <rapidjson/stream.h>

#include <span>
#include <string>
#include <unordered_set>

#include "json/json_pointer.h"
#include "util/strings.h"

namespace slim {
namespace {

// RapidJSON's own stream over a NUL-terminated copy of the text, which it decodes strings into
// in place (no copy through its stack): with RAPIDJSON_SSE2 (set by the build on x86-64) it
// scans strings and whitespace 16 bytes at a time, which a stream of our own would not get.
// The text never holds a NUL byte (ParseJson rejects those first), so the terminator ends the
// input exactly where the text does.
using TextStream = rapidjson::InsituStringStream;

}  // namespace

// Builds the tree bottom-up: each open container is a frame; a finished value is moved into the
// frame below it. Spans come from the stream position at each callback (see the comments on
// where RapidJSON's iterative parser stands at each one).
class JsonTreeBuilder {
 public:
  JsonTreeBuilder(std::string_view text, TextStream& stream, const JsonLimits& limits)
      : text_(text), stream_(stream), limits_(limits) {}

  bool Null() { return AddScalar(JsonKind::kNull, EndedLiteral(4), "null"); }
  bool Bool(bool b) { return AddScalar(JsonKind::kBool, EndedLiteral(b ? 4 : 5), b ? "true" : "false"); }
  bool Int(int) { return false; }  // never called: numbers arrive as RawNumber
  bool Uint(unsigned) { return false; }
  bool Int64(int64_t) { return false; }
  bool Uint64(uint64_t) { return false; }
  bool Double(double) { return false; }
  // RapidJSON reads a number or string through a local copy of the stream and moves ours only
  // once the handler has returned (the stream's copy optimization): during these callbacks
  // our stream still stands where the value starts.
  bool RawNumber(const char* str, rapidjson::SizeType length, bool) {
    uint32_t start = Tell();
    return AddScalar(JsonKind::kNumber, {start, start + length}, std::string(str, length));
  }
  bool String(const char* str, rapidjson::SizeType length, bool) {
    return AddScalar(JsonKind::kString, StringAt(Tell()), std::string(str, length));
  }
  bool Key(const char* str, rapidjson::SizeType length, bool) {
    Frame& frame = frames_.back();
    frame.key.assign(str, length);
    frame.key_span = StringAt(Tell());
    return true;
  }
  // The iterative parser calls StartObject/StartArray before taking the bracket.
  bool StartObject() { return Open(JsonKind::kObject); }
  bool StartArray() { return Open(JsonKind::kArray); }
  // ... and EndObject/EndArray before taking the closing bracket.
  bool EndObject(rapidjson::SizeType) { return Close(); }
  bool EndArray(rapidjson::SizeType) { return Close(); }

  bool depth_exceeded() const { return depth_exceeded_; }
  std::optional<JsonValue> TakeRoot() { return std::move(root_); }
  std::vector<JsonDuplicateKey> TakeDuplicates() { return std::move(duplicates_); }

 private:
  // An open container. Its children wait on the pending stacks, from `first` up, and move into
  // a vector of exactly their number when it closes: growing each container's own vector
  // moved every value several times.
  struct Frame {
    JsonValue value;
    size_t first = 0;  // in pending_items_ (an array) or pending_members_ (an object)
    std::string key;   // the pending key while inside an object
    ByteSpan key_span;
    std::unordered_set<std::string> seen_keys;  // only filled for large objects
  };

  uint32_t Tell() const { return static_cast<uint32_t>(stream_.Tell()); }

  ByteSpan EndedLiteral(uint32_t length) const { return {Tell() - length, Tell()}; }

  // The string whose opening quote is at `open`, which parsed.
  ByteSpan StringAt(uint32_t open) const { return {open, static_cast<uint32_t>(JsonStringEnd(text_, open))}; }

  bool Open(JsonKind kind) {
    if (frames_.size() >= limits_.max_depth) {
      depth_exceeded_ = true;
      return false;
    }
    size_t first = kind == JsonKind::kArray ? pending_items_.size() : pending_members_.size();
    frames_.push_back(Frame{JsonValue(kind, {Tell(), Tell() + 1}), first, {}, {}, {}});
    return true;
  }

  bool Close() {
    Frame& frame = frames_.back();
    JsonValue value = std::move(frame.value);
    value.span_.end = Tell() + 1;
    auto take = [first = frame.first](auto& pending, auto& into) {
      auto begin = pending.begin() + static_cast<std::ptrdiff_t>(first);
      into.assign(std::make_move_iterator(begin), std::make_move_iterator(pending.end()));
      pending.erase(begin, pending.end());
    };
    if (value.kind_ == JsonKind::kArray) take(pending_items_, value.items_);
    else take(pending_members_, value.members_);
    frames_.pop_back();
    return Add(std::move(value));
  }

  bool AddScalar(JsonKind kind, ByteSpan span, std::string text) {
    JsonValue value(kind, span);
    value.text_ = std::move(text);
    return Add(std::move(value));
  }

  bool Add(JsonValue&& value) {
    if (frames_.empty()) {
      root_ = std::move(value);
      return true;
    }
    Frame& parent = frames_.back();
    if (parent.value.kind_ == JsonKind::kArray) {
      pending_items_.push_back(std::move(value));
      return true;
    }
    CheckDuplicate(parent);
    pending_members_.push_back(JsonMember{std::move(parent.key), parent.key_span, std::move(value)});
    return true;
  }

  // Called for the innermost frame, whose members are the last pending ones.
  void CheckDuplicate(Frame& frame) {
    std::span<const JsonMember> members(pending_members_.data() + frame.first, pending_members_.size() - frame.first);
    constexpr size_t kLinearScanLimit = 32;  // beyond this, keep a set to stay linear on huge objects
    const JsonMember* earlier = nullptr;
    if (members.size() < kLinearScanLimit) {
      for (const JsonMember& member : members) {
        if (member.key == frame.key) { earlier = &member; break; }
      }
    } else {
      if (frame.seen_keys.empty()) {
        for (const JsonMember& member : members) frame.seen_keys.insert(member.key);
      }
      if (!frame.seen_keys.insert(frame.key).second) {
        // The last member of that name so far, as JsonValue::Find would give once closed.
        for (auto it = members.rbegin(); it != members.rend(); ++it) {
          if (it->key == frame.key) { earlier = &*it; break; }
        }
      }
    }
    if (earlier) duplicates_.push_back({frame.key, earlier->key_span, frame.key_span, CurrentPointer()});
  }

  // How many items the array of frame `i` holds so far: its pending items end where the next
  // array frame's begin.
  size_t ItemCount(size_t i) const {
    for (size_t j = i + 1; j < frames_.size(); ++j) {
      if (frames_[j].value.kind_ == JsonKind::kArray) return frames_[j].first - frames_[i].first;
    }
    return pending_items_.size() - frames_[i].first;
  }

  std::string CurrentPointer() const {
    std::string pointer;
    for (size_t i = 1; i < frames_.size(); ++i) {
      pointer += '/';
      pointer += frames_[i - 1].value.kind_ == JsonKind::kArray ? std::to_string(ItemCount(i - 1))
                                                                 : EscapeJsonPointerToken(frames_[i - 1].key);
    }
    return pointer;
  }

  std::string_view text_;
  TextStream& stream_;  // its Tell() is not const
  const JsonLimits& limits_;
  std::vector<Frame> frames_;
  std::vector<JsonValue> pending_items_;
  std::vector<JsonMember> pending_members_;
  std::optional<JsonValue> root_;
  std::vector<JsonDuplicateKey> duplicates_;
  bool depth_exceeded_ = false;
};

namespace {

std::string Describe(char c) {
  if (c == '\0') return "a NUL byte";
  if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "a control character";
  if (static_cast<unsigned char>(c) >= 0x80) return "a non-ASCII byte";
  return std::string("'") + c + "'";
}

std::string SyntaxMessage(rapidjson::ParseErrorCode code, std::string_view text, size_t offset) {
  bool at_end = offset >= text.size();
  std::string found = at_end ? "the end of the file" : Describe(text[offset]);
  switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
      return "the document is empty";
    case rapidjson::kParseErrorDocumentRootNotSingular:
      return "unexpected " + found + " after the end of the JSON document";
    case rapidjson::kParseErrorValueInvalid:
      return "expected a JSON value, found " + found;
    case rapidjson::kParseErrorObjectMissName:
      return "expected a double-quoted key, found " + found;
    case rapidjson::kParseErrorObjectMissColon:
      return "expected ':' after the key, found " + found;
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
      return "expected ',' or '}' after an object member, found " + found;
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
      return "expected ',' or ']' after an array element, found " + found;
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
      return "invalid \\u escape: expected four hexadecimal digits";
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
      return "invalid UTF-16 surrogate pair in a \\u escape";
    case rapidjson::kParseErrorStringEscapeInvalid:
      return "invalid escape sequence in a string";
    case rapidjson::kParseErrorStringMissQuotationMark:
      return at_end ? "unterminated string: the file ends before the closing quote"
                    : "unterminated string: found " + found + " before the closing quote";
    case rapidjson::kParseErrorStringInvalidEncoding:
      return "invalid UTF-8 byte sequence in a string";
    case rapidjson::kParseErrorNumberTooBig:
      return "number too large";
    case rapidjson::kParseErrorNumberMissFraction:
      return "expected digits after the decimal point";
    case rapidjson::kParseErrorNumberMissExponent:
      return "expected digits in the exponent";
    default:
      return "invalid JSON";
  }
}

// Editors on Windows save "Unicode" as UTF-16; say so instead of blaming the first byte. A
// byte order mark decides; without one, an ASCII character next to a NUL byte gives it away.
std::optional<std::string> WideEncoding(std::string_view text) {
  auto starts = [&](std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\0\0"sv)) return "UTF-32LE";
  if (starts("\0\0\xFE\xFF"sv)) return "UTF-32BE";
  if (starts("\xFF\xFE"sv)) return "UTF-16LE";
  if (starts("\xFE\xFF"sv)) return "UTF-16BE";
  if (text.size() >= 2 && static_cast<unsigned char>(text[0]) < 0x80 && text[0] != '\0' && text[1] == '\0') return "UTF-16LE";
  if (text.size() >= 2 && text[0] == '\0' && static_cast<unsigned char>(text[1]) < 0x80 && text[1] != '\0') return "UTF-16BE";
  return std::nullopt;
}

}  // namespace

JsonParseResult ParseJson(std::string_view text, const JsonLimits& limits) {
  JsonParseResult result;
  if (auto encoding = WideEncoding(text)) {
    result.error = JsonSyntaxError{"the file is encoded as " + *encoding + ", not UTF-8: save it as UTF-8", 0};
    return result;
  }
  // RapidJSON reads a NUL byte as the end of the input, so one after the document would pass.
  if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
    JsonParseResult prefix = ParseJson(text.substr(0, nul), limits);
    if (prefix.error && prefix.error->offset < nul) return prefix;
    result.error = JsonSyntaxError{"unexpected NUL byte", static_cast<uint32_t>(nul)};
    return result;
  }
  // RapidJSON decodes a multi-byte UTF-8 sequence by taking its continuation bytes without
  // looking at them first, so a lead byte at the end would read past the terminator: three
  // more NUL bytes (the longest tail) keep every read inside the buffer.
  std::string terminated;
  terminated.reserve(text.size() + 3);
  terminated.append(text).append(3, '\0');
  TextStream stream(terminated.data());
  JsonTreeBuilder builder(text, stream, limits);
  rapidjson::Reader reader;
  constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseInsituFlag;
  // Validating UTF-8 costs RapidJSON a third of its time, and nearly every policy is plain
  // ASCII, which is valid UTF-8 however it is cut.
  bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) reader.Parse<kFlags>(stream, builder);
  else reader.Parse<kFlags | rapidjson::kParseValidateEncodingFlag>(stream, builder);
  if (reader.HasParseError()) {
    auto offset = static_cast<uint32_t>(reader.GetErrorOffset());
    std::string message = builder.depth_exceeded()
                              ? "nesting deeper than " + std::to_string(limits.max_depth) + " levels"
                              : SyntaxMessage(reader.GetParseErrorCode(), text, offset);
    // RapidJSON stops at a NUL byte as if the input ended there.
    if (offset < text.size() && text[offset] == '\0') message = "unexpected NUL byte";
    result.error = JsonSyntaxError{std::move(message), offset};
    return result;
  }
  result.root = builder.TakeRoot();
  result.duplicate_keys = builder.TakeDuplicates();
  return result;
}

}  // namespace slim
