// Grouping scripts for the role model: scripts that share a principal, a customer managed
// policy or a file are modeled together, whatever folders they are in; others apart.
#include <gtest/gtest.h>

#include <map>

#include "engine/script_groups.h"
#include "temp_dir.h"

namespace slim::testing {
namespace {

constexpr const char* kPolicy = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]})";

class ScriptGroupsTest : public ::testing::Test {
 protected:
  // Writes a script and links it as a run would.
  ScriptLinks Link(const std::string& relative, const std::string& text) {
    std::filesystem::path file = dir_.Write(relative, text);
    ScriptInput script = ReadScript(std::make_shared<SourceFile>(file.string(), text), false);
    return LinkScript(script, file.string(), files_);
  }

  TempDir dir_;
  DisplayPaths display_paths_;
  FileDocumentLoader files_{display_paths_, {}};
};

std::vector<std::vector<size_t>> Members(const std::vector<ScriptGroup>& groups) {
  std::vector<std::vector<size_t>> out;
  for (const ScriptGroup& group : groups) out.push_back(group.scripts);
  return out;
}

TEST_F(ScriptGroupsTest, LinksPrincipalsAcrossFoldersWhateverTheCase) {
  std::vector<ScriptLinks> links = {
      Link("a/setup.sh", "aws iam create-role --role-name Builder --assume-role-policy-document '{}'\n"),
      Link("b/setup.sh", "aws iam create-role --role-name Other --assume-role-policy-document '{}'\n"),
      // IAM names are unique whatever their case: folding can only merge more.
      Link("c/setup.sh", "aws iam attach-role-policy --role-name BUILDER --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess\n"),
  };
  EXPECT_EQ(Members(GroupScripts(links)), (std::vector<std::vector<size_t>>{{0, 2}, {1}}));
}

TEST_F(ScriptGroupsTest, LinksCustomerPoliciesGroupsAndFiles) {
  dir_.Write("shared/policy.json", kPolicy);
  std::vector<ScriptLinks> links = {
      Link("1/setup.sh", "aws iam create-policy --policy-name Mine --policy-document '{}'\n"),
      Link("2/setup.sh", "aws iam attach-user-policy --user-name u --policy-arn arn:aws:iam::111122223333:policy/Mine\n"),
      Link("3/setup.sh", "aws iam add-user-to-group --user-name v --group-name devs\n"),
      Link("4/setup.sh", "aws iam create-group --group-name devs\n"),
      Link("5/setup.sh", "aws iam put-role-policy --role-name r1 --policy-name p --policy-document file://../shared/policy.json\n"),
      Link("6/setup.sh", "aws iam put-role-policy --role-name r2 --policy-name p --policy-document file://../shared/policy.json\n"),
      // Attaching the same AWS managed policy links nothing.
      Link("7/setup.sh", "aws iam attach-role-policy --role-name r7 --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess\n"),
      Link("8/setup.sh", "aws iam attach-role-policy --role-name r8 --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess\n"),
  };
  EXPECT_EQ(Members(GroupScripts(links)), (std::vector<std::vector<size_t>>{{0, 1}, {2, 3}, {4, 5}, {6}, {7}}));
}

// A group goes out before any file whose path is not smaller than the first its findings name,
// which may be a document it reads rather than a script.
TEST_F(ScriptGroupsTest, FirstPathCoversTheDocumentsScriptsRead) {
  std::filesystem::path policy = dir_.Write("a/policy.json", kPolicy);
  std::vector<ScriptLinks> links = {
      Link("z/setup.sh", "aws iam put-role-policy --role-name r --policy-name p --policy-document file://../a/policy.json\n"),
      Link("m/setup.sh", "aws iam create-role --role-name m --assume-role-policy-document '{}'\n"),
  };
  ASSERT_EQ(links[0].reads.size(), 1u);
  EXPECT_EQ(links[0].reads[0], std::filesystem::canonical(policy).string());
  std::vector<ScriptGroup> groups = GroupScripts(links);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].scripts, std::vector<size_t>{0});
  EXPECT_EQ(groups[0].first_path, (dir_.path() / "a/policy.json").lexically_normal().generic_string());
  EXPECT_EQ(groups[1].first_path, (dir_.path() / "m/setup.sh").string());
}

// A document that is also a script links the script that reads it to the one it is.
TEST_F(ScriptGroupsTest, AScriptReadAsADocumentLinksToItself) {
  std::vector<ScriptLinks> links = {
      Link("a/setup.sh", "aws iam create-role --role-name a --assume-role-policy-document '{}'\n"),
      Link("b/setup.sh", "aws iam put-role-policy --role-name b --policy-name p --policy-document file://../a/setup.sh\n"),
  };
  EXPECT_EQ(Members(GroupScripts(links)), (std::vector<std::vector<size_t>>{{0, 1}}));
}

}  // namespace
}  // namespace slim::testing
