// The JSON reader keeps exact byte spans for every value and key, and 1-based line:column
// positions count code points, across CRLF line ends, tabs and multi-byte UTF-8.
#include <gtest/gtest.h>

#include "core/source_file.h"
#include "json/json_parser.h"

namespace slim {
namespace {

std::string_view Slice(std::string_view text, ByteSpan span) { return text.substr(span.begin, span.size()); }

TEST(JsonParser, SpansCoverEachTokenExactly) {
  std::string text = R"({"a": [1, -2.5e3, true, null, "x\"y"], "b": {}})";
  auto parsed = ParseJson(text);
  ASSERT_TRUE(parsed.root);
  const JsonValue& root = *parsed.root;
  EXPECT_EQ(Slice(text, root.span()), text);
  const JsonMember& a = root.members()[0];
  EXPECT_EQ(Slice(text, a.key_span), "\"a\"");
  const auto& items = a.value.items();
  ASSERT_EQ(items.size(), 5u);
  EXPECT_EQ(Slice(text, items[0].span()), "1");
  EXPECT_EQ(Slice(text, items[1].span()), "-2.5e3");
  EXPECT_EQ(items[1].text(), "-2.5e3");
  EXPECT_EQ(Slice(text, items[2].span()), "true");
  EXPECT_EQ(Slice(text, items[3].span()), "null");
  EXPECT_EQ(Slice(text, items[4].span()), R"("x\"y")");
  EXPECT_EQ(items[4].text(), "x\"y");
  EXPECT_EQ(Slice(text, root.members()[1].value.span()), "{}");
}

TEST(JsonParser, StringEndingInEscapedBackslashHasTheRightStart) {
  std::string text = R"(["a\\", "b"])";
  auto parsed = ParseJson(text);
  ASSERT_TRUE(parsed.root);
  EXPECT_EQ(Slice(text, parsed.root->items()[0].span()), R"("a\\")");
  EXPECT_EQ(Slice(text, parsed.root->items()[1].span()), R"("b")");
}

TEST(JsonParser, PositionsWithCrlfTabsAndUtf8) {
  // Line 2 starts with a tab; line 3 has two 2-byte and one 3-byte characters before the value.
  std::string text = "{\r\n\t\"k\": 1,\r\n\"\xC3\xA9\xC3\xA9\xE2\x82\xAC\": \"v\"\r\n}";
  SourceFile file("t.json", text);
  auto parsed = ParseJson(text);
  ASSERT_TRUE(parsed.root);
  const JsonMember& k = parsed.root->members()[0];
  EXPECT_EQ(file.PositionAt(k.key_span.begin), (Position{2, 2}));
  EXPECT_EQ(file.PositionAt(k.value.span().begin), (Position{2, 7}));
  const JsonMember& second = parsed.root->members()[1];
  EXPECT_EQ(file.PositionAt(second.key_span.begin), (Position{3, 1}));
  // '"' + 3 characters + '"' + ':' + ' ' -> the value starts at column 8.
  EXPECT_EQ(file.PositionAt(second.value.span().begin), (Position{3, 8}));
  EXPECT_EQ(file.LineText(3), "\"\xC3\xA9\xC3\xA9\xE2\x82\xAC\": \"v\"");
}

TEST(JsonParser, SyntaxErrorsCarryTheOffsetAndAReason) {
  std::string text = "{\n  \"a\": 1\n  \"b\": 2\n}";
  auto parsed = ParseJson(text);
  ASSERT_TRUE(parsed.error);
  SourceFile file("t.json", text);
  EXPECT_EQ(file.PositionAt(parsed.error->offset), (Position{3, 3}));
  EXPECT_NE(parsed.error->message.find("expected ',' or '}'"), std::string::npos) << parsed.error->message;
}

TEST(JsonParser, TruncatedEmptyBinaryAndTrailingInput) {
  EXPECT_NE(ParseJson("{\"a\": [1, 2").error->message.find("end of the file"), std::string::npos);
  EXPECT_EQ(ParseJson("").error->message, "the document is empty");
  EXPECT_EQ(ParseJson("   \n").error->message, "the document is empty");
  std::string binary("{\"a\": \"x\0y\"}", 12);
  auto nul = ParseJson(binary);
  ASSERT_TRUE(nul.error);
  EXPECT_EQ(nul.error->message, "unexpected NUL byte");
  EXPECT_EQ(nul.error->offset, 8u);
  EXPECT_NE(ParseJson("{} {}").error->message.find("after the end"), std::string::npos);
}

TEST(JsonParser, InvalidUtf8IsAnErrorNotACrash) {
  auto parsed = ParseJson("{\"a\": \"\xFF\xFE\"}");
  ASSERT_TRUE(parsed.error);
  EXPECT_EQ(parsed.error->message, "invalid UTF-8 byte sequence in a string");
}

// A UTF-8 lead byte whose sequence the input cuts short, at the very end or before a NUL byte:
// the decoder takes the continuation bytes it expects, which must stay inside the buffer (the
// sanitizer build fails this test otherwise; found by the JSON parser fuzzer).
TEST(JsonParser, Utf8SequenceCutShortAtTheEndIsAnError) {
  for (std::string_view lead : {"\xE4", "\xF0", "\xC3"}) {
    std::string at_end = std::string("{\"a\": \"") + std::string(lead);
    EXPECT_TRUE(ParseJson(at_end).error) << at_end;
    std::string before_nul = std::string("{\"") + std::string(lead) + std::string(8, '\0') + "x\": 1}";
    auto result = ParseJson(before_nul);
    ASSERT_TRUE(result.error);
    EXPECT_LE(result.error->offset, 3u + 1u);
  }
}

TEST(JsonParser, DuplicateKeysAreReportedWithBothSpansAndPointer) {
  std::string text = R"({"Statement": [{"Effect": "Allow", "Effect": "Deny"}]})";
  auto parsed = ParseJson(text);
  ASSERT_TRUE(parsed.root);
  ASSERT_EQ(parsed.duplicate_keys.size(), 1u);
  const JsonDuplicateKey& d = parsed.duplicate_keys[0];
  EXPECT_EQ(d.key, "Effect");
  EXPECT_EQ(d.pointer, "/Statement/0");
  EXPECT_LT(d.first.begin, d.duplicate.begin);
  EXPECT_EQ(Slice(text, d.duplicate), "\"Effect\"");
}

TEST(JsonParser, DuplicateKeysInLargeObjectsStayLinear) {
  std::string text = "{";
  for (int i = 0; i < 5000; ++i) text += "\"k" + std::to_string(i) + "\": 1,";
  text += "\"k42\": 2}";
  auto parsed = ParseJson(text);
  ASSERT_TRUE(parsed.root);
  ASSERT_EQ(parsed.duplicate_keys.size(), 1u);
  EXPECT_EQ(parsed.duplicate_keys[0].key, "k42");
}

TEST(JsonParser, DeepNestingIsRejectedWithoutRecursion) {
  std::string deep(100000, '[');
  auto parsed = ParseJson(deep);
  ASSERT_TRUE(parsed.error);
  EXPECT_NE(parsed.error->message.find("nesting deeper than"), std::string::npos);
  std::string ok = std::string(100, '[') + std::string(100, ']');
  EXPECT_TRUE(ParseJson(ok).root);
}

}  // namespace
}  // namespace slim
