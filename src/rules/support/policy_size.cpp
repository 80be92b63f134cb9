#include "rules/support/policy_size.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "util/strings.h"

namespace slim {

namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Loops without branches, which the compiler runs over many bytes per step.
size_t CodePoints(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += static_cast<size_t>(!IsContinuation(c));
  return count;
}

size_t NonWhitespaceCodePoints(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += static_cast<size_t>((c != ' ') & (c != '\t') & (c != '\n') & (c != '\r') & !IsContinuation(c));
  return count;
}

// Counts stretch by stretch: outside a string, then the string up to its closing quote.
size_t NonWhitespaceSizeByStretches(std::string_view json) {
  size_t count = 0, i = 0;
  while (i < json.size()) {
    size_t open = json.find('"', i);
    count += NonWhitespaceCodePoints(json.substr(i, open == std::string_view::npos ? std::string_view::npos : open - i));
    if (open == std::string_view::npos) break;
    size_t end = JsonStringEnd(json, open);
    count += CodePoints(json.substr(open, end - open));
    i = end;
  }
  return count;
}

#if defined(__SSE2__)
// Bit k of each mask says what byte k of a 64-byte block is.
struct BlockMasks {
  uint64_t quote = 0, whitespace = 0, continuation = 0;
};

BlockMasks Classify(const char* block) {
  BlockMasks masks;
  for (int part = 0; part < 4; ++part) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * part));
    auto bits = [&](__m128i lanes) {
      return static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(lanes))) << (16 * part);
    };
    auto is = [&](char c) { return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)); };
    masks.quote |= bits(is('"'));
    masks.whitespace |= bits(_mm_or_si128(_mm_or_si128(is(' '), is('\n')), _mm_or_si128(is('\t'), is('\r'))));
    // 0x80-0xBF, the continuation bytes, are the signed bytes below -64.
    masks.continuation |= bits(_mm_cmplt_epi8(bytes, _mm_set1_epi8(-64)));
  }
  return masks;
}

// Bit k of the result: an odd number of the bits 0..k of `x` are set.
uint64_t PrefixXor(uint64_t x) {
  for (int shift = 1; shift < 64; shift *= 2) x ^= x << shift;
  return x;
}

// Without a backslash every quote opens or closes a string, so which bytes are inside one is
// the running parity of the quotes up to them: 64 bytes at a time, a few instructions each.
size_t NonWhitespaceSizeWithoutEscapes(std::string_view json) {
  size_t count = 0;
  uint64_t in_string = 0;  // all ones when a string runs on from the previous block
  for (size_t at = 0; at < json.size(); at += 64) {
    size_t size = std::min<size_t>(64, json.size() - at);
    char tail[64] = {};
    const char* block = json.data() + at;
    if (size < 64) block = static_cast<const char*>(std::memcpy(tail, block, size));
    BlockMasks masks = Classify(block);
    uint64_t inside = PrefixXor(masks.quote) ^ in_string;
    uint64_t valid = size == 64 ? ~uint64_t{0} : (uint64_t{1} << size) - 1;
    count += static_cast<size_t>(std::popcount(valid & ~masks.continuation & ~(masks.whitespace & ~inside)));
    in_string = uint64_t{0} - (inside >> 63);
  }
  return count;
}
#endif

}  // namespace

size_t NonWhitespaceSize(std::string_view json) {
  // Characters, not bytes: UTF-8 continuation bytes do not count. Inside a string every
  // character counts (an escape's backslash too); outside, whitespace does not. Every policy
  // of every run is measured, and policies seldom hold a backslash.
#if defined(__SSE2__)
  if (json.find('\\') == std::string_view::npos) return NonWhitespaceSizeWithoutEscapes(json);
#endif
  return NonWhitespaceSizeByStretches(json);
}

size_t CharacterCount(std::string_view text) {
  return CodePoints(text);
}

std::string WithThousandsSeparators(size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace slim
