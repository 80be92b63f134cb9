// The CI reporters on hand-made findings: the cases a real run rarely shows (spans over
// several lines, repeated fingerprints, fixes in two files, absolute paths, broken UTF-8) and
// the shared escaping helpers. tests/scripts/output_formats_test.sh and sarif_schema_test.sh
// check real runs with real parsers and the SARIF schema.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <sstream>

#include "core/fingerprint.h"
#include "engine/registry.h"
#include "report/reporter.h"
#include "report/utf8.h"
#include "report/xml_escape.h"

namespace slim::testing {
namespace {

// A script with the same hardcoded ARN on lines 1 and 2 and a span over lines 3-4.
const std::string kScript =
    "arn:aws:iam::851065145468:policy/P\n"
    "arn:aws:iam::851065145468:policy/P\n"
    "{\"a\":\n"
    " 1}\n";

Finding MakeFinding(const SourceFilePtr& file, ByteSpan span, Severity severity = Severity::kWarning) {
  Finding f;
  f.rule = &FindRule("SL4001")->info();
  f.severity = severity;
  f.message = "account ID 851065145468 is hardcoded";
  f.location = {file, span};
  return f;
}

std::string Report(std::string_view format, const std::vector<Finding>& findings, const std::vector<Error>& errors = {},
                   ReportOptions options = {}) {
  std::ostringstream out, err;
  auto reporter = MakeReporter(format, out, err, options);
  EXPECT_NE(reporter, nullptr) << format;
  reporter->Begin();
  for (const Error& e : errors) reporter->OnInputError(e);
  for (const Finding& f : findings) reporter->OnFinding(f);
  reporter->End(RunSummary{});
  return out.str();
}

TEST(ReportUtf8, RepairsEveryIllFormedByteAndKeepsTheRest) {
  EXPECT_EQ(ValidUtf8("plain é 😀"), "plain é 😀");
  EXPECT_EQ(ValidUtf8("a\xff" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(ValidUtf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");   // overlong '/'
  EXPECT_EQ(ValidUtf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  EXPECT_EQ(ValidUtf8("\xE2\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD");   // truncated
  EXPECT_EQ(ValidUtf8("\xF4\x90\x80\x80").substr(0, 3), "\xEF\xBF\xBD");  // beyond U+10FFFF
}

TEST(ReportXml, EscapesMarkupAndKeepsLineBreaksInAttributes) {
  EXPECT_EQ(XmlEscape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
  EXPECT_EQ(XmlEscape("one\ntwo\tthree\r"), "one&#10;two&#9;three&#13;");
  EXPECT_EQ(XmlEscape("one\n\"two\"\r", XmlContext::kContent), "one\n\"two\"&#13;");
  EXPECT_EQ(XmlEscape("bell\x07 \xff é"), "bell\xEF\xBF\xBD \xEF\xBF\xBD é");
}

TEST(ReportFormats, EveryFormatIsListed) {
  for (std::string_view format : {"text", "json", "sarif", "github", "checkstyle", "junit", "gitlab"}) {
    EXPECT_NE(std::string(ReporterFormats()).find(format), std::string::npos) << format;
  }
}

TEST(GithubReporter, KeepsColumnsOnlyForSpansOnOneLine) {
  auto file = std::make_shared<SourceFile>("dir/a,b:c%.sh", kScript);
  std::string out = Report("github", {MakeFinding(file, {13, 25}), MakeFinding(file, {70, 78}, Severity::kSuggestion)});
  EXPECT_EQ(out,
            "::warning file=dir/a%2Cb%3Ac%25.sh,line=1,col=14,endLine=1,endColumn=26,"
            "title=SL4001 hardcoded-account-id::account ID 851065145468 is hardcoded\n"
            "::notice file=dir/a%2Cb%3Ac%25.sh,line=3,endLine=4,"
            "title=SL4001 hardcoded-account-id::account ID 851065145468 is hardcoded\n");
}

TEST(SarifReporter, RepeatedFingerprintsInOneFileAreNumbered) {
  auto file = std::make_shared<SourceFile>("a.sh", kScript);
  Finding first = MakeFinding(file, {13, 25});
  Finding second = MakeFinding(file, {48, 60});
  ASSERT_EQ(Fingerprint(first), Fingerprint(second));
  rapidjson::Document log;
  log.Parse(Report("sarif", {first, second}).c_str());
  ASSERT_FALSE(log.HasParseError());
  const auto& results = log["runs"][0]["results"];
  ASSERT_EQ(results.Size(), 2u);
  EXPECT_EQ(std::string(results[0]["partialFingerprints"]["slimLint/v1"].GetString()), Fingerprint(first));
  EXPECT_EQ(std::string(results[1]["partialFingerprints"]["slimLint/v1"].GetString()), Fingerprint(first) + ":2");

  rapidjson::Document gitlab;
  gitlab.Parse(Report("gitlab", {first, second}).c_str());
  ASSERT_TRUE(gitlab.IsArray());
  EXPECT_EQ(std::string(gitlab[1]["fingerprint"].GetString()), Fingerprint(first) + ":2");
}

TEST(SarifReporter, WritesFixesPerFileRelatedLocationsAndFileUris) {
  auto script = std::make_shared<SourceFile>("/abs/dir/my script.sh", kScript);
  auto policy = std::make_shared<SourceFile>("sub/p.json", "{\"Resource\": \"x\"}\n");
  Finding f = MakeFinding(script, {13, 25});
  f.remediation.summary = "look the account ID up at run time";
  f.remediation.fix = {FixApplicability::kSafe, "use ${ACCOUNT_ID}", {{script, {13, 25}, "${ACCOUNT_ID}"},
                                                                      {policy, {14, 17}, "\"*\""},
                                                                      {script, {0, 0}, "ACCOUNT_ID=1\n"}}};
  f.related.push_back({Location{policy, {1, 11}}, "the resource"});
  f.related.push_back({std::nullopt, "in an AWS managed policy"});
  rapidjson::Document log;
  log.Parse(Report("sarif", {f}, {{"no such file or directory", "missing.json"}}).c_str());
  ASSERT_FALSE(log.HasParseError());
  const auto& run = log["runs"][0];
  const auto& result = run["results"][0];
  EXPECT_STREQ(result["message"]["text"].GetString(),
               "account ID 851065145468 is hardcoded\nFix: look the account ID up at run time");
  const auto& artifact = result["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_STREQ(artifact["uri"].GetString(), "file:///abs/dir/my%20script.sh");
  EXPECT_FALSE(artifact.HasMember("uriBaseId"));
  const auto& changes = result["fixes"][0]["artifactChanges"];
  ASSERT_EQ(changes.Size(), 2u);
  EXPECT_EQ(changes[0]["replacements"].Size(), 2u);
  EXPECT_STREQ(changes[1]["artifactLocation"]["uri"].GetString(), "sub/p.json");
  EXPECT_STREQ(changes[1]["artifactLocation"]["uriBaseId"].GetString(), "%SRCROOT%");
  EXPECT_EQ(changes[1]["replacements"][0]["deletedRegion"]["startColumn"].GetInt(), 15);
  const auto& related = result["relatedLocations"];
  ASSERT_EQ(related.Size(), 2u);
  EXPECT_TRUE(related[0].HasMember("physicalLocation"));
  EXPECT_FALSE(related[1].HasMember("physicalLocation"));
  const auto& invocation = run["invocations"][0];
  EXPECT_FALSE(invocation["executionSuccessful"].GetBool());
  EXPECT_STREQ(invocation["toolExecutionNotifications"][0]["message"]["text"].GetString(), "no such file or directory");
}

TEST(SarifReporter, DescribesEveryRuleFromItsPage) {
  rapidjson::Document log;
  log.Parse(Report("sarif", {}).c_str());
  ASSERT_FALSE(log.HasParseError());
  const auto& rules = log["runs"][0]["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.Size(), AllRules().size());
  for (const auto& rule : rules.GetArray()) {
    if (std::string_view(rule["id"].GetString()) != "SL4001") continue;
    EXPECT_STREQ(rule["fullDescription"]["text"].GetString(),
                 "A 12-digit AWS account ID is written into an ARN, in a policy document or in a script.");
    EXPECT_STREQ(rule["helpUri"].GetString(),
                 "https://github.com/slim-lint/slim-lint/blob/main/docs/rules/SL4001-hardcoded-account-id.md");
    std::string markdown = rule["help"]["markdown"].GetString();
    EXPECT_NE(markdown.find("](https://github.com/slim-lint/slim-lint/blob/main/docs/rules/SL4002-placeholder-account-id.md)"),
              std::string::npos);
    EXPECT_STREQ(rule["properties"]["security-severity"].GetString(), "5.0");
  }
}

TEST(JunitReporter, CountsTestcasesAndKeepsOneFailurePerFinding) {
  auto a = std::make_shared<SourceFile>("a.sh", kScript);
  auto b = std::make_shared<SourceFile>("b.sh", kScript);
  std::string out = Report("junit", {MakeFinding(a, {13, 25}), MakeFinding(a, {48, 60}), MakeFinding(b, {13, 25})},
                           {{"no such file or directory", "missing <1>.json"}});
  EXPECT_NE(out.find("<testsuite name=\"slim-lint\" tests=\"3\" failures=\"2\" errors=\"1\" skipped=\"0\">"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("<testcase name=\"missing &lt;1&gt;.json\""), std::string::npos) << out;
  size_t failures = 0;
  for (size_t at = out.find("<failure "); at != std::string::npos; at = out.find("<failure ", at + 1)) ++failures;
  EXPECT_EQ(failures, 3u);
}

TEST(CheckstyleReporter, GroupsFindingsByFile) {
  auto a = std::make_shared<SourceFile>("a&b.sh", kScript);
  std::string out = Report("checkstyle", {MakeFinding(a, {13, 25}), MakeFinding(a, {48, 60}, Severity::kSecurity)});
  EXPECT_EQ(out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
            "  <file name=\"a&amp;b.sh\">\n"
            "    <error line=\"1\" column=\"14\" severity=\"warning\" message=\"account ID 851065145468 is hardcoded\" "
            "source=\"slim-lint.SL4001\"/>\n"
            "    <error line=\"2\" column=\"14\" severity=\"error\" message=\"account ID 851065145468 is hardcoded\" "
            "source=\"slim-lint.SL4001\"/>\n"
            "  </file>\n</checkstyle>\n");
}

}  // namespace
}  // namespace slim::testing
