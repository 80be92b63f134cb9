// The script reader: words, quotes, escapes, continuations, comments, operators,
// here-documents, and the map from each word's text back to the script's bytes.
#include <gtest/gtest.h>

#include "inputs/aws_command.h"
#include "inputs/markdown.h"
#include "inputs/script_input.h"
#include "inputs/shell_lexer.h"

namespace slim {
namespace {

std::vector<std::string> Words(const ShellCommand& command) {
  std::vector<std::string> out;
  for (const auto& w : command.words) out.push_back(w.text);
  return out;
}

TEST(ShellLexer, ContinuationsJoinLinesIntoOneCommand) {
  auto script = LexShell("aws iam attach-role-policy --role-name R --policy-arn \\\n    arn:aws:iam::aws:policy/X\necho done\n");
  ASSERT_EQ(script.commands.size(), 2u);
  EXPECT_EQ(Words(script.commands[0]), (std::vector<std::string>{"aws", "iam", "attach-role-policy", "--role-name", "R",
                                                                   "--policy-arn", "arn:aws:iam::aws:policy/X"}));
}

TEST(ShellLexer, BackslashNewlineInsideAWordJoinsIt) {
  // The seed's "...json\<newline>    --description" ends the path word at the newline.
  auto script = LexShell("x --a file://p.json\\\n    --b c\n");
  ASSERT_EQ(script.commands.size(), 1u);
  EXPECT_EQ(Words(script.commands[0]), (std::vector<std::string>{"x", "--a", "file://p.json", "--b", "c"}));
}

TEST(ShellLexer, QuotesAndEscapes) {
  auto script = LexShell(R"(cmd 'a b' "c \"d\" $HOME" e\ f $'g\n' "")");
  ASSERT_EQ(script.commands.size(), 1u);
  const auto& w = script.commands[0].words;
  ASSERT_EQ(w.size(), 6u);
  EXPECT_EQ(w[1].text, "a b");
  EXPECT_TRUE(w[1].single_quoted);
  EXPECT_EQ(w[2].text, "c \"d\" $HOME");
  EXPECT_TRUE(w[2].has_expansion);
  EXPECT_EQ(w[3].text, "e f");
  EXPECT_EQ(w[4].text, "g\n");
  EXPECT_EQ(w[5].text, "");
}

TEST(ShellLexer, WordSegmentsMapBackToTheFile) {
  std::string text = R"(aws x --doc "{\"Version\": \"2012-10-17\"}")";
  auto script = LexShell(text);
  const ShellWord& doc = script.commands[0].words[3];
  EXPECT_EQ(doc.text, R"({"Version": "2012-10-17"})");
  SourceFile file("s.sh", text);
  SourceText source(std::make_shared<SourceFile>(file), doc.text, doc.segments);
  // "2012" in the unquoted text is found at the same characters in the script.
  uint32_t at = static_cast<uint32_t>(doc.text.find("2012"));
  EXPECT_EQ(text.substr(source.ToFileOffset(at), 4), "2012");
  uint32_t version = static_cast<uint32_t>(doc.text.find("Version"));
  EXPECT_EQ(text.substr(source.ToFileOffset(version), 7), "Version");
}

TEST(ShellLexer, CommentsOperatorsAndRedirections) {
  auto script = LexShell("# note\na && b || c; d | e # tail\nf 2>/dev/null > out.txt\n");
  ASSERT_EQ(script.commands.size(), 6u);
  EXPECT_EQ(Words(script.commands[5]), (std::vector<std::string>{"f"}));
  ASSERT_EQ(script.comments.size(), 2u);
  EXPECT_EQ(script.comments[0].text, " note");
  EXPECT_EQ(script.comments[1].text, " tail");
}

TEST(ShellLexer, HereDocumentBodiesAreNotCommands) {
  auto script = LexShell("cat > p.json <<'EOF'\naws iam delete-role --role-name X\nEOF\nls\n");
  ASSERT_EQ(script.commands.size(), 2u);
  EXPECT_EQ(Words(script.commands[0]), (std::vector<std::string>{"cat"}));
  EXPECT_EQ(Words(script.commands[1]), (std::vector<std::string>{"ls"}));
}

TEST(ShellLexer, CommandSubstitutionStaysOneWord) {
  auto script = LexShell("ACCOUNT_ID=$(aws sts get-caller-identity --query 'Account' --output text)\n");
  ASSERT_EQ(script.commands.size(), 1u);
  ASSERT_EQ(script.commands[0].words.size(), 1u);
  EXPECT_TRUE(script.commands[0].words[0].has_expansion);
}

TEST(ShellLexer, UnterminatedQuoteIsReportedAndTheLexerRecovers) {
  auto script = LexShell("echo 'oops\n");
  EXPECT_FALSE(script.errors.empty());
}

TEST(AwsCommands, OptionsValuesGlobalOptionsAndPrefixes) {
  auto script = LexShell(
      "if ! aws --profile p iam get-role --role-name R; then\n"
      "  aws iam create-role --role-name=R --tags Key=a,Value=b Key=c,Value=d\n"
      "fi\n"
      "echo aws iam not-a-command\n");
  AwsScript aws = ExtractAwsCommands(script);
  ASSERT_EQ(aws.commands.size(), 2u);
  EXPECT_EQ(aws.commands[0].operation, "get-role");
  EXPECT_EQ(aws.commands[1].operation, "create-role");
  EXPECT_EQ(aws.commands[1].Value("role-name")->text, "R");
  EXPECT_EQ(aws.commands[1].Find("tags")->values.size(), 2u);
}

TEST(AwsCommands, LiteralVariablesResolve) {
  auto script = LexShell("ROLE=MyRole\nACCOUNT=\"123\"\naws iam attach-role-policy --role-name \"$ROLE\" --policy-arn arn:aws:iam::${ACCOUNT}:policy/P\n");
  AwsScript aws = ExtractAwsCommands(script);
  ASSERT_EQ(aws.commands.size(), 1u);
  EXPECT_EQ(ResolveWord(*aws.commands[0].Value("role-name"), aws.variables), "MyRole");
  EXPECT_EQ(ResolveWord(*aws.commands[0].Value("policy-arn"), aws.variables), "arn:aws:iam::123:policy/P");
  ShellWord unknown;
  unknown.text = "$NOPE";
  unknown.has_expansion = true;
  EXPECT_FALSE(ResolveWord(unknown, aws.variables));
}

TEST(Markdown, FencedBlocksAreFoundAndMaskingKeepsOffsets) {
  std::string md = "# Title\n\nText `aws iam x`.\n\n```bash\naws iam create-role --role-name A\n```\n\n~~~json\n{\"Statement\": []}\n~~~\n\n```python\nprint()\n```\n";
  auto blocks = FindCodeBlocks(md);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].kind, CodeBlockKind::kShell);
  EXPECT_EQ(blocks[1].kind, CodeBlockKind::kJson);
  EXPECT_EQ(blocks[2].kind, CodeBlockKind::kOther);
  auto script = ReadScript(std::make_shared<SourceFile>("r.md", md), true);
  ASSERT_EQ(script.aws.commands.size(), 1u);
  const ShellWord* name = script.aws.commands[0].Value("role-name");
  EXPECT_EQ(md.substr(name->span.begin, name->span.size()), "A");
  EXPECT_EQ(script.json_blocks.size(), 1u);
}

}  // namespace
}  // namespace slim
