// Inputs far larger than real policies: what keeps output, time and memory linear in them
// (docs/limits.md). tests/hostile/ runs the multi-megabyte versions against the binary.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "engine/check.h"
#include "temp_dir.h"

namespace slim::testing {
namespace {

// A minified policy on one long line: the text output shows a window around the span, with
// the caret still under the token, instead of the whole line under every finding.
TEST(TextReporter, ShowsAWindowOfALongLineWithTheCaretUnderTheSpan) {
  std::string actions;
  for (int i = 0; i < 150; ++i) actions += "\"s3:GetObject\",";
  std::string policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[" + actions +
                       "\"s3:ListBucketByTags\"," + actions + "\"s3:PutObject\"],\"Resource\":\"arn:aws:s3:::b/*\"}]}\n";
  TempDir dir;
  dir.Write("minified.json", policy);
  CliResult r = RunIn(dir.path(), {"--no-config", "--select", "SL3002", "--color", "never", "minified.json"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  std::istringstream lines(r.out);
  std::string heading, source, marks;
  std::getline(lines, heading);
  std::getline(lines, source);
  std::getline(lines, marks);
  EXPECT_NE(heading.find("[SL3002 unknown-action]"), std::string::npos) << heading;
  EXPECT_LT(source.size(), 400u) << source;
  EXPECT_EQ(source.rfind(" 1 | ...", 0), 0u) << source;
  EXPECT_NE(source.find("...", 8), std::string::npos) << "the window ends before the line does: " << source;
  size_t token = source.find("\"s3:ListBucketByTags\"");
  ASSERT_NE(token, std::string::npos) << source;
  EXPECT_EQ(marks.find('^'), token) << source << "\n" << marks;
  EXPECT_EQ(marks.find_last_of('~') - token + 1, std::string("\"s3:ListBucketByTags\"").size()) << marks;
}


// Past 1,000 statements in one frame SL3021 stops comparing pairs (quadratic) and reports only
// repeats: 1,001 copies of a statement and one wider statement give 1,000 findings (one per
// repeat), none for the copies the wider one contains.
TEST(RedundantStatementLimit, ReportsOnlyRepeatsInAHugePolicy) {
  std::string statements;
  for (int i = 0; i < 1001; ++i) statements += R"({"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},)";
  statements += R"({"Effect":"Allow","Action":"s3:Get*","Resource":"arn:aws:s3:::b/*"})";
  TempDir dir;
  dir.Write("huge.json", R"({"Version":"2012-10-17","Statement":[)" + statements + "]}\n");
  CliResult r = RunIn(dir.path(), {"--no-config", "--select", "SL3021", "-q", "huge.json"});
  size_t findings = 0;
  for (size_t at = r.out.find("[SL3021 "); at != std::string::npos; at = r.out.find("[SL3021 ", at + 1)) ++findings;
  EXPECT_EQ(findings, 1000u) << r.err;
  EXPECT_EQ(r.out.find("more SL3021"), std::string::npos);
}

}  // namespace
}  // namespace slim::testing

namespace slim::testing {
namespace {

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// One rule reports at most 1,000 findings per input, then says how many more there are.
TEST(FindingLimit, OneRuleReportsAtMostAThousandFindingsPerInput) {
  std::string actions;
  for (int i = 0; i < 1500; ++i) actions += "\"s3:NoSuchAction" + std::to_string(i) + "\",";
  TempDir dir;
  dir.Write("many.json", R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[)" + actions +
                             R"("s3:GetObject"],"Resource":"arn:aws:s3:::b/*"}]}
)");
  CliResult r = RunIn(dir.path(), {"--no-config", "--select", "SL3002", "-q", "many.json"});
  EXPECT_EQ(Count(r.out, "[SL3002 "), VectorSink::kMaxPerRule + 1) << r.err;
  EXPECT_EQ(Count(r.out, "500 more SL3002 findings in this input are not shown (at most 1000 per rule)"), 1u) << r.out.substr(0, 500);
}

}  // namespace
}  // namespace slim::testing
