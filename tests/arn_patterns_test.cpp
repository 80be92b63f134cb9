// Tests for the ARN pattern helpers of the resource rules (src/rules/resources/arn_patterns.h).
#include "rules/resources/arn_patterns.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

#include "catalog/catalog.h"

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

// Every string over {a, /} up to `length`: enough witnesses for patterns of a few characters.
std::vector<std::string> AllStrings(size_t length) {
  std::vector<std::string> out = {""};
  for (size_t begin = 0, n = 1; n <= length; ++n) {
    size_t end = out.size();
    for (size_t i = begin; i < end; ++i) {
      for (char c : {'a', '/'}) out.push_back(out[i] + c);
    }
    begin = end;
  }
  return out;
}

TEST(GlobsIntersect, Examples) {
  EXPECT_TRUE(GlobsIntersect("a*", "*b"));
  EXPECT_TRUE(GlobsIntersect("*", ""));
  EXPECT_TRUE(GlobsIntersect("a*c", "ab?"));
  EXPECT_TRUE(GlobsIntersect("*pg:*", "pg:*"));
  EXPECT_TRUE(GlobsIntersect("trail/*", "trail/*"));
  EXPECT_FALSE(GlobsIntersect("a", "b"));
  EXPECT_FALSE(GlobsIntersect("?", ""));
  EXPECT_FALSE(GlobsIntersect("x*", "y*"));
  EXPECT_FALSE(GlobsIntersect("*x", "*y"));
  EXPECT_FALSE(GlobsIntersect("instance/*", "volume/*"));
  EXPECT_FALSE(GlobsIntersect("Role/*", "role/*"));
  EXPECT_TRUE(GlobsIntersect("Role/*", "role/*", true));
}

// A slow, obviously right matcher for a pattern against star-free text: the reference for
// GlobsIntersect's fast paths (and its table) in the test below.
bool ReferenceMatch(std::string_view p, std::string_view t) {
  if (p.empty()) return t.empty();
  if (p[0] == '*') {
    for (size_t k = 0; k <= t.size(); ++k) {
      if (ReferenceMatch(p.substr(1), t.substr(k))) return true;
    }
    return false;
  }
  if (p[0] == kSegmentStar) {
    for (size_t k = 0; k <= t.size(); ++k) {
      if (ReferenceMatch(p.substr(1), t.substr(k))) return true;
      if (k < t.size() && t[k] == '/') return false;
    }
    return false;
  }
  return !t.empty() && (p[0] == '?' || t[0] == '?' || p[0] == t[0]) && ReferenceMatch(p.substr(1), t.substr(1));
}

TEST(GlobsIntersect, AgreesWithAReferenceMatcherOnLiteralText) {
  std::mt19937 random(7);
  const std::string pattern_chars = std::string("ab/*?") + kSegmentStar;
  const std::string text_chars = "ab/?";
  for (int round = 0; round < 20000; ++round) {
    std::string pattern, text;
    for (size_t n = random() % 8; n > 0; --n) pattern += pattern_chars[random() % pattern_chars.size()];
    for (size_t n = random() % 10; n > 0; --n) text += text_chars[random() % text_chars.size()];
    bool expected = ReferenceMatch(pattern, text);
    ASSERT_EQ(GlobsIntersect(pattern, text), expected) << "pattern \"" << pattern << "\" text \"" << text << "\"";
    ASSERT_EQ(GlobsIntersect(text, pattern), expected) << "text \"" << text << "\" pattern \"" << pattern << "\"";
  }
}

TEST(GlobsIntersect, SegmentStarNeverSpansASlash) {
  EXPECT_TRUE(GlobsIntersect(kSeg, "bucket1"));
  EXPECT_TRUE(GlobsIntersect(kSeg, "my*"));
  EXPECT_FALSE(GlobsIntersect(kSeg, "bucket1/*"));
  EXPECT_FALSE(GlobsIntersect(kSeg, "*/*"));
  EXPECT_TRUE(GlobsIntersect(kSeg + "/*", "bucket1/*"));
  EXPECT_FALSE(GlobsIntersect(kSeg + "/*", "bucket1"));
  EXPECT_TRUE(GlobsIntersect(kSeg, "?"));
  EXPECT_FALSE(GlobsIntersect(kSeg, "/"));
}

// The dynamic program against brute force over every short string, on random patterns.
TEST(GlobsIntersect, AgreesWithBruteForce) {
  const std::vector<std::string> witnesses = AllStrings(7);
  const std::string alphabet = std::string("a/*?") + kSegmentStar;
  std::mt19937 rng(20240611);
  auto random_pattern = [&] {
    std::string p;
    for (size_t n = rng() % 4; n > 0; --n) p += alphabet[rng() % alphabet.size()];
    return p;
  };
  for (int trial = 0; trial < 3000; ++trial) {
    std::string a = random_pattern(), b = random_pattern();
    bool expected = std::any_of(witnesses.begin(), witnesses.end(), [&](const std::string& s) { return Matches(a, s) && Matches(b, s); });
    ASSERT_EQ(GlobsIntersect(a, b), expected) << "\"" << a << "\" and \"" << b << "\"";
  }
}

TEST(SplitArn, KeepsVariablesWhole) {
  auto arn = SplitArn("arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:jobs");
  ASSERT_TRUE(arn);
  EXPECT_EQ(arn->partition(), "aws");
  EXPECT_EQ(arn->service(), "sqs");
  EXPECT_EQ(arn->region(), "us-east-1");
  EXPECT_EQ(arn->account(), "${aws:PrincipalAccount}");
  EXPECT_EQ(arn->resource(), "jobs");
  EXPECT_EQ(arn->offset[ArnFields::kRegion], 12u);
  auto logs = SplitArn("arn:aws:logs:*:*:log-group:/aws/lambda/*:*");
  ASSERT_TRUE(logs);
  EXPECT_EQ(logs->resource(), "log-group:/aws/lambda/*:*");
  EXPECT_FALSE(SplitArn("arn:aws:s3"));
  EXPECT_FALSE(SplitArn("s3:::bucket"));
  EXPECT_TRUE(SplitArn("arn:aws:s3:::"));
}

TEST(ArnFields, GlobsAndEmptiness) {
  EXPECT_EQ(PolicyFieldGlob("home/${aws:username}/*"), "home/*/*");
  EXPECT_EQ(PolicyFieldGlob("a${*}b${?}c${$}"), "a?b?c?");
  EXPECT_EQ(PolicyFieldGlob("a${unclosed"), "a${unclosed");
  EXPECT_EQ(FormatFieldGlob("${BucketName}/${ObjectName}"), kSeg + "/*");
  EXPECT_EQ(FormatFieldGlob("role/${RoleNameWithPath}"), "role/*");
  EXPECT_TRUE(PolicyFieldMayBeEmpty(""));
  EXPECT_TRUE(PolicyFieldMayBeEmpty("*"));
  EXPECT_TRUE(PolicyFieldMayBeEmpty("${aws:RequestedRegion}"));
  EXPECT_FALSE(PolicyFieldMayBeEmpty("us-*"));
  EXPECT_FALSE(PolicyFieldMayBeEmpty("?"));
  EXPECT_TRUE(PolicyFieldIsPattern("us-west-?"));
  EXPECT_TRUE(PolicyFieldIsPattern("${aws:PrincipalAccount}"));
  EXPECT_FALSE(PolicyFieldIsPattern("123456789012"));
}

TEST(TypeToken, IsTheLiteralTypePrefix) {
  EXPECT_EQ(TypeToken("role/app"), "role");
  EXPECT_EQ(TypeToken("log-group:/aws/x"), "log-group");
  EXPECT_EQ(TypeToken("table"), "table");
  EXPECT_EQ(TypeToken("/restapis/*"), "");
  EXPECT_EQ(TypeToken("ro*le/x"), "");
  EXPECT_EQ(TypeToken("${BucketName}/${ObjectName}"), "");
}

TEST(ArnFormatIndex, ReadsTheCatalogFormats) {
  const ArnFormatIndex& index = ArnFormatIndex::For(Catalog::Embedded());
  EXPECT_EQ(&index, &ArnFormatIndex::For(Catalog::Embedded()));
  auto buckets = index.TypeFormats("s3", "bucket");
  ASSERT_EQ(buckets.size(), 1u);
  EXPECT_EQ(buckets[0]->text, "arn:${Partition}:s3:::${BucketName}");
  EXPECT_EQ(buckets[0]->region, FieldUse::kNone);
  EXPECT_EQ(buckets[0]->account, FieldUse::kNone);
  auto queues = index.OwnSectionFormats("SQS");
  ASSERT_FALSE(queues.empty());
  EXPECT_EQ(queues[0]->region, FieldUse::kRequired);
  EXPECT_TRUE(index.SectionFormats("nosuchservice").empty());
}

TEST(ArnFormatIndex, FindsFormatsListedUnderOtherPrefixes) {
  const ArnFormatIndex& index = ArnFormatIndex::For(Catalog::Embedded());
  auto own = index.OwnSectionFormats("iam");
  auto all = index.ServiceFormats("iam");
  auto context_provider = [](const ArnFormat* f) { return f->resource == "contextProvider/${ContextProviderName}"; };
  EXPECT_FALSE(std::any_of(own.begin(), own.end(), context_provider));
  EXPECT_TRUE(std::any_of(all.begin(), all.end(), context_provider));
  for (const ArnFormat* f : all) {
    EXPECT_EQ(std::count_if(all.begin(), all.end(), [&](const ArnFormat* g) { return g->text == f->text; }), 1) << f->text;
  }
  EXPECT_TRUE(index.ServiceFormats("nosuchservice").empty());
}

// The table of sections that document other services' ARNs must be what the catalog says.
TEST(ArnFormatIndex, ForeignSectionTableMatchesTheCatalog) {
  const Catalog& catalog = Catalog::Embedded();
  const ArnFormatIndex& index = ArnFormatIndex::For(catalog);
  std::vector<std::pair<std::string, std::string>> expected;
  for (std::string_view prefix : catalog.ServicePrefixes()) {
    for (const ArnFormat& f : index.SectionFormats(prefix)) {
      if (f.service != prefix && f.service.find('*') == std::string::npos) expected.emplace_back(f.service, std::string(prefix));
    }
  }
  std::sort(expected.begin(), expected.end());
  expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
  std::vector<std::pair<std::string, std::string>> table;
  for (const ForeignArnSection& ref : EmbeddedForeignArnSections()) table.emplace_back(ref.service, ref.section);
  std::string listing;
  for (const auto& [service, section] : expected) listing += "    {\"" + service + "\", \"" + section + "\"},\n";
  EXPECT_EQ(table, expected) << "update src/rules/resources/foreign_arn_sections.cpp to:\n" << listing;
}

TEST(ArnFormatIndex, KnowsTheTypesAwsManagedPoliciesUse) {
  const ArnFormatIndex& index = ArnFormatIndex::For(Catalog::Embedded());
  EXPECT_TRUE(index.UsedByAwsManagedPolicies("iam", "role"));
  EXPECT_FALSE(index.UsedByAwsManagedPolicies("iam", "roles"));
}

}  // namespace
}  // namespace slim
