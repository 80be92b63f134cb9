// The documented input limits (docs/limits.md) and the bugs the fuzzers and the hostile corpus
// found, pinned as unit tests.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "core/source_file.h"
#include "inputs/aws_command.h"
#include "inputs/input_files.h"
#include "inputs/shell_lexer.h"
#include "json/json_parser.h"

namespace slim {
namespace {
namespace fs = std::filesystem;

fs::path MakeTempDir() {
  std::string pattern = (fs::temp_directory_path() / "slim-limits-XXXXXX").string();
  return fs::path(::mkdtemp(pattern.data()));
}

TEST(InputLimits, DepthErrorPointsAtTheBracketPastTheLimit) {
  JsonLimits limits;
  std::string text = std::string(300, '[') + std::string(300, ']');
  JsonParseResult parsed = ParseJson(text, limits);
  ASSERT_TRUE(parsed.error);
  EXPECT_EQ(parsed.error->message, "nesting deeper than 256 levels");
  EXPECT_EQ(parsed.error->offset, 256u);  // the 257th '['
  EXPECT_TRUE(ParseJson(std::string(256, '[') + std::string(256, ']'), limits).root);
}

TEST(InputLimits, Utf16IsNamed) {
  std::string le("\xFF\xFE{\0}\0", 6);
  ASSERT_TRUE(ParseJson(le).error);
  EXPECT_EQ(ParseJson(le).error->message, "the file is encoded as UTF-16LE, not UTF-8: save it as UTF-8");
  std::string be_no_bom("\0{\0}", 4);
  EXPECT_NE(ParseJson(be_no_bom).error->message.find("UTF-16BE"), std::string::npos);
  std::string nul_inside("{\"a\": \"x\0y\"}", 12);
  EXPECT_EQ(ParseJson(nul_inside).error->message, "unexpected NUL byte");
}

TEST(InputLimits, TrailingBackslashStaysInsideTheText) {
  ShellScript script = LexShell("aws iam delete-role --role-name r\\");
  ASSERT_EQ(script.commands.size(), 1u);
  EXPECT_LE(script.commands[0].span.end, 34u);
  EXPECT_EQ(script.commands[0].words.back().span.end, 34u);
}

TEST(InputLimits, DoublingVariableStopsResolving) {
  std::string text = "A=0123456789abcdef\n";
  for (int i = 0; i < 40; ++i) text += "A=$A$A\n";
  text += "aws iam delete-role --role-name \"$A\"\n";
  AwsScript aws = ExtractAwsCommands(LexShell(text));
  EXPECT_FALSE(aws.variables.contains("A"));  // too long to be a name or a document
  ASSERT_EQ(aws.commands.size(), 1u);
}

TEST(InputLimits, OversizeFileIsRefusedByName) {
  fs::path dir = MakeTempDir();
  fs::path big = dir / "big.json";
  std::ofstream(big) << std::string(1000, ' ');
  ReadLimits limits;
  limits.max_bytes = 999;
  auto read = ReadInput(InputPath{big.native(), "big.json", InputKind::kJson, true}, limits);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().path, "big.json");
  EXPECT_NE(read.error().message.find("larger than the 999 bytes limit"), std::string::npos) << read.error().message;
  limits.max_bytes = 1000;
  EXPECT_TRUE(ReadInput(InputPath{big.native(), "big.json", InputKind::kJson, true}, limits).ok());
  fs::remove_all(dir);
}

TEST(InputLimits, FifoAndDeviceAreNeverRead) {
  fs::path dir = MakeTempDir();
  fs::path fifo = dir / "fifo.json";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // Opening a FIFO for reading would wait for a writer; it must be refused at once.
  auto read = ReadInput(InputPath{fifo.native(), "fifo.json", InputKind::kJson, true});
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.error().message.find("not a regular file"), std::string::npos);
  auto zero = ReadInput(InputPath{"/dev/zero", "/dev/zero", InputKind::kJson, true});
  ASSERT_FALSE(zero.ok());
  DiscoveredInputs found = DiscoverInputs({dir.string(), "/dev/null"});
  EXPECT_TRUE(found.files.empty());
  ASSERT_EQ(found.errors.size(), 1u);  // /dev/null named; the FIFO in the folder is skipped
  EXPECT_EQ(found.errors[0].path, "/dev/null");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace slim
