// Tests for what the redundancy and effectively-star rules (SL3019-SL3021, SL3024) build on:
// wildcard inclusion (src/rules/resources/glob_inclusion.h), Resource coverage, the choice of
// redundant entries and the edits that take array items out (redundancy.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

#include "json/json_parser.h"
#include "rules/resources/arn_patterns.h"
#include "rules/resources/glob_inclusion.h"
#include "rules/resources/redundancy.h"
#include "rules/resources/resource_coverage.h"

namespace slim {
namespace {

const std::string kSeg(1, kSegmentStar);

// Reference matcher: '*' any run, kSegmentStar any run without '/', '?' one character.
bool Matches(std::string_view p, std::string_view s) {
  if (p.empty()) return s.empty();
  if (p[0] == '*' || p[0] == kSegmentStar) {
    for (size_t k = 0; k <= s.size(); ++k) {
      if (Matches(p.substr(1), s.substr(k))) return true;
      if (k < s.size() && p[0] == kSegmentStar && s[k] == '/') break;
    }
    return false;
  }
  return !s.empty() && (p[0] == '?' || p[0] == s[0]) && Matches(p.substr(1), s.substr(1));
}

// Every string over `alphabet` up to `length`.
std::vector<std::string> AllStrings(std::string_view alphabet, size_t length) {
  std::vector<std::string> out = {""};
  for (size_t begin = 0, n = 1; n <= length; ++n) {
    size_t end = out.size();
    for (size_t i = begin; i < end; ++i) {
      for (char c : alphabet) out.push_back(out[i] + c);
    }
    begin = end;
  }
  return out;
}

TEST(GlobIncludes, Examples) {
  EXPECT_TRUE(GlobIncludes("s3:GetObject", "s3:Get*"));
  EXPECT_TRUE(GlobIncludes("s3:Get*", "s3:Get*"));
  EXPECT_TRUE(GlobIncludes("s3:GetObject*", "s3:Get*"));
  EXPECT_TRUE(GlobIncludes("anything", "*"));
  EXPECT_TRUE(GlobIncludes("", "*"));
  EXPECT_TRUE(GlobIncludes("a?c", "a*"));
  EXPECT_TRUE(GlobIncludes("b/x", "b/*"));
  EXPECT_TRUE(GlobIncludes("a**", "a*"));
  EXPECT_TRUE(GlobIncludes("a*", "a**"));
  EXPECT_FALSE(GlobIncludes("s3:Get*", "s3:GetObject"));
  EXPECT_FALSE(GlobIncludes("iam:*CredentialReport", "iam:Get*"));
  EXPECT_FALSE(GlobIncludes("*", "?*"));
  EXPECT_FALSE(GlobIncludes("a*", "a?*"));
  EXPECT_FALSE(GlobIncludes("b/*", "b/x*"));
  EXPECT_FALSE(GlobIncludes("Role/*", "role/*"));
  EXPECT_TRUE(GlobIncludes("S3:GETOBJECT", "s3:get*", true));
  EXPECT_TRUE(GlobIncludes("Role/A*", "role/*", true));
}

TEST(GlobIncludes, SegmentStar) {
  EXPECT_TRUE(GlobIncludes(kSeg, "*"));
  EXPECT_TRUE(GlobIncludes(kSeg + "/*", "*/*"));
  EXPECT_TRUE(GlobIncludes("bucket", kSeg));
  EXPECT_FALSE(GlobIncludes("*", kSeg));
  EXPECT_FALSE(GlobIncludes("a/b", kSeg));
  EXPECT_FALSE(GlobIncludes(kSeg, "*/*"));
  EXPECT_TRUE(GlobIncludes(kSeg + "/" + kSeg, kSeg + "/*"));
}

// Inclusion against brute force: a string that the inner pattern matches and the outer does not.
void ExpectAgreesWithBruteForce(std::string_view pattern_alphabet, std::string_view string_alphabet, size_t witness_length,
                                int trials, unsigned seed) {
  const std::vector<std::string> witnesses = AllStrings(string_alphabet, witness_length);
  std::mt19937 rng(seed);
  auto random_pattern = [&] {
    std::string p;
    for (size_t n = rng() % 5; n > 0; --n) p += pattern_alphabet[rng() % pattern_alphabet.size()];
    return p;
  };
  for (int trial = 0; trial < trials; ++trial) {
    std::string inner = random_pattern(), outer = random_pattern();
    bool expected = std::none_of(witnesses.begin(), witnesses.end(),
                                 [&](const std::string& s) { return Matches(inner, s) && !Matches(outer, s); });
    ASSERT_EQ(GlobIncludes(inner, outer), expected) << "\"" << inner << "\" in \"" << outer << "\"";
  }
}

TEST(GlobIncludes, AgreesWithBruteForce) {
  // 'b' appears in no pattern: it stands for every character the patterns do not name.
  ExpectAgreesWithBruteForce(std::string("a/*?") + kSeg, "ab/", 7, 4000, 20240611);
  ExpectAgreesWithBruteForce(std::string("ab/*?") + kSeg, "abc/", 6, 3000, 7);
}

TEST(GlobIncludes, GivesUpOnCraftedPatternsAsNotIncluded) {
  // "**a??..." is included in "*a??...", but proving it walks 2^18 sets of states: past the
  // budget the answer is the safe "no".
  std::string hard = "*a" + std::string(18, '?');
  EXPECT_FALSE(GlobIncludes("*" + hard, hard));
  EXPECT_TRUE(GlobIncludes(hard, hard));  // identical text needs no search
}

TEST(ResourceCovers, Arns) {
  EXPECT_TRUE(ResourceCovers("arn:aws:s3:::b/*", "arn:aws:s3:::b/x"));
  EXPECT_TRUE(ResourceCovers("*", "arn:aws:s3:::b/x"));
  EXPECT_TRUE(ResourceCovers("arn:aws:s3:::b*", "arn:aws:s3:::b/x"));
  EXPECT_TRUE(ResourceCovers("arn:aws:iam::111122223333:role/jane*", "arn:aws:iam::111122223333:role/jane-admin"));
  EXPECT_TRUE(ResourceCovers("arn:aws:logs:*:*:*", "arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/f:*"));
  EXPECT_FALSE(ResourceCovers("arn:aws:s3:::b/x", "arn:aws:s3:::b/*"));
  EXPECT_FALSE(ResourceCovers("arn:aws:s3:::b", "arn:aws:s3:::b/*"));
  EXPECT_FALSE(ResourceCovers("arn:aws:s3:::b/*", "*"));
  EXPECT_FALSE(ResourceCovers("arn:aws:s3:::B/*", "arn:aws:s3:::b/x"));
  EXPECT_FALSE(ResourceCovers("arn:aws:sqs:us-east-1:*:q", "arn:aws:sqs:*:111122223333:q"));
}

TEST(ResourceCovers, PolicyVariables) {
  // A variable in the covered value may be anything; in the covering value it is one value.
  EXPECT_TRUE(ResourceCovers("arn:aws:s3:::home/*", "arn:aws:s3:::home/${aws:username}/*"));
  EXPECT_FALSE(ResourceCovers("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/bob/x"));
  EXPECT_TRUE(ResourceCovers("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/${aws:username}/*"));
}

TEST(FindRedundant, KeepsTheWidestAndTheFirstOfEquals) {
  // 0 covers 1; 2 and 3 cover each other; 4 stands alone.
  const std::vector<std::vector<size_t>> covered_by = {{}, {0}, {3}, {2}, {}};
  auto result = FindRedundant(covered_by, {0, 1, 2, 3, 4});
  EXPECT_EQ(result[0], std::nullopt);
  EXPECT_EQ(result[1], std::optional<size_t>(0));
  EXPECT_EQ(result[2], std::nullopt);
  EXPECT_EQ(result[3], std::optional<size_t>(2));
  EXPECT_EQ(result[4], std::nullopt);
  // With ranks reversed, the later of the two equals stays.
  result = FindRedundant(covered_by, {4, 3, 1, 0, 2});
  EXPECT_EQ(result[2], std::optional<size_t>(3));
  EXPECT_EQ(result[3], std::nullopt);
}

TEST(FindRedundant, KeepsAnEntryWhoseOnlyCoverGoes) {
  // Not transitive: 0 covers 1, 1 covers 2, but 0 does not cover 2. 1 goes, so 2 must stay.
  auto result = FindRedundant({{}, {0}, {1}}, {0, 1, 2});
  EXPECT_EQ(result[1], std::optional<size_t>(0));
  EXPECT_EQ(result[2], std::nullopt);
}

std::string Remove(const std::string& text, const std::vector<bool>& removed, const std::vector<size_t>& which) {
  auto parsed = ParseJson(text);
  const JsonValue& array = parsed.root->items().front();
  std::vector<ByteSpan> spans;
  for (size_t k : which) spans.push_back(ItemRemovalSpan(array, k, removed));
  std::sort(spans.begin(), spans.end(), [](ByteSpan a, ByteSpan b) { return a.begin > b.begin; });
  std::string out = text;
  for (ByteSpan span : spans) out.erase(span.begin, span.size());
  return out;
}

// Any subset of the removals, applied together, leaves valid JSON with the right items.
TEST(ItemRemovalSpan, AnySubsetOfRemovalsStaysValid) {
  const std::string text = "[[\"a\", \"b\",\n  \"c\" ,\"d\", \"e\"]]";
  const std::vector<bool> removed = {true, true, false, true, true};
  const std::vector<size_t> candidates = {0, 1, 3, 4};
  for (unsigned mask = 0; mask < 16; ++mask) {
    std::vector<size_t> which;
    std::string expected = "[";
    for (size_t k = 0; k < 4; ++k) {
      if (mask & (1u << k)) which.push_back(candidates[k]);
    }
    for (size_t item = 0; item < 5; ++item) {
      if (std::find(which.begin(), which.end(), item) != which.end()) continue;
      if (expected.size() > 1) expected += ",";
      expected += std::string("\"") + static_cast<char>('a' + item) + "\"";
    }
    expected += "]";
    std::string after = Remove(text, removed, which);
    auto parsed = ParseJson(after);
    ASSERT_TRUE(parsed.root) << after;
    std::string items = "[";
    for (const JsonValue& item : parsed.root->items().front().items()) {
      if (items.size() > 1) items += ",";
      items += "\"" + item.text() + "\"";
    }
    EXPECT_EQ(items + "]", expected) << after;
  }
  EXPECT_EQ(Remove(text, removed, {0, 1, 3, 4}), "[[\"c\"]]");
}

}  // namespace
}  // namespace slim
