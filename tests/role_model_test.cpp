// The role model built from scripts: principals, trust policies, attachments, inline and
// customer managed policies linked by name, with the location of every grant.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "inputs/script_input.h"
#include "model/role_model.h"

namespace slim {
namespace {

// Serves documents from memory, so the model is tested without files.
class MemoryLoader final : public DocumentLoader {
 public:
  std::map<std::string, std::string> files;
  Result<PolicyDocumentPtr> Load(const ScriptInput&, std::string_view path) override {
    auto it = files.find(std::string(path));
    if (it == files.end()) return Error{"not found"};
    auto file = std::make_shared<SourceFile>(it->first, it->second);
    return ParsePolicyDocument(SourceText::WholeFile(file), it->first);
  }
  Result<bool> Exists(const ScriptInput&, std::string_view path) override {
    if (!files.contains(std::string(path))) return Error{"not found"};
    return true;
  }
};

constexpr const char* kTrust = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]})";
constexpr const char* kPolicy = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]})";

TEST(RoleModel, BuildsPrincipalsGrantsAndUses) {
  std::string text =
      "aws iam create-role --role-name Fn --assume-role-policy-document file://trust.json\n"
      "aws iam attach-role-policy --role-name Fn --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\n"
      "aws iam create-policy --policy-name Mine --policy-document file://policy.json\n"
      "aws iam attach-role-policy --role-name Fn --policy-arn arn:aws:iam::111122223333:policy/Mine\n"
      "aws iam put-user-policy --user-name u --policy-name Inline --policy-document '" + std::string(kPolicy) + "'\n"
      "aws iam add-user-to-group --user-name u --group-name devs\n"
      "aws iam attach-user-policy --user-name u --policy-arn arn:aws:iam::aws:policy/X\n"
      "aws iam detach-user-policy --user-name u --policy-arn arn:aws:iam::aws:policy/X\n"
      "aws iam create-role --role-name Missing --assume-role-policy-document file://nope.json\n";
  auto file = std::make_shared<SourceFile>("setup.sh", text);
  ScriptInput script = ReadScript(file, false);
  MemoryLoader loader;
  loader.files = {{"trust.json", kTrust}, {"policy.json", kPolicy}};
  auto model = RoleModel::Build({&script}, loader);

  const IamPrincipal* fn = model->Find(PrincipalKind::kRole, "Fn");
  ASSERT_NE(fn, nullptr);
  ASSERT_TRUE(fn->trust_policy);
  EXPECT_EQ(fn->trust_policy->type, PolicyType::kTrust);
  ASSERT_EQ(fn->attachments.size(), 2u);
  EXPECT_TRUE(fn->attachments[0].aws_managed);
  ASSERT_NE(fn->attachments[1].customer_policy, nullptr);
  EXPECT_EQ(fn->attachments[1].customer_policy->name, "Mine");
  EXPECT_EQ(fn->attachments[1].location.start().line, 4u);

  const IamPrincipal* user = model->Find(PrincipalKind::kUser, "u");
  ASSERT_NE(user, nullptr);
  EXPECT_TRUE(user->attachments.empty()) << "detach removes the attachment";
  ASSERT_EQ(user->inline_policies.size(), 1u);
  EXPECT_EQ(user->inline_policies[0].document->type, PolicyType::kIdentity);
  EXPECT_EQ(user->groups, std::vector<std::string>{"devs"});
  EXPECT_NE(model->Find(PrincipalKind::kGroup, "devs"), nullptr);

  // The customer managed policy's document reaches the role it is attached to.
  const CustomerPolicy* mine = model->FindCustomerPolicy("Mine");
  ASSERT_NE(mine, nullptr);
  auto reached = model->PrincipalsReachedBy(mine->document.get());
  ASSERT_EQ(reached.size(), 1u);
  EXPECT_EQ(reached[0], fn);

  // The unreadable reference is kept with its error.
  int missing = 0;
  for (const FileReference& ref : model->file_references()) missing += ref.error ? 1 : 0;
  EXPECT_EQ(missing, 1);
}

TEST(RoleModel, InlineJsonLocationsPointIntoTheScript) {
  std::string text = "aws iam create-role --role-name Spot --assume-role-policy-document '" + std::string(kTrust) + "'\n";
  auto file = std::make_shared<SourceFile>("s.sh", text);
  ScriptInput script = ReadScript(file, false);
  MemoryLoader loader;
  auto model = RoleModel::Build({&script}, loader);
  const IamPrincipal* role = model->Find(PrincipalKind::kRole, "Spot");
  ASSERT_TRUE(role && role->trust_policy && role->trust_policy->parsed());
  const Statement& s = role->trust_policy->policy.statements[0];
  const JsonValue* service = s.principal.entries[0].values[0];
  Location where = role->trust_policy->LocationOf(service->span());
  EXPECT_EQ(text.substr(where.span.begin, where.span.size()), "\"lambda.amazonaws.com\"");
}

// Every name a script looks up is a link: grouping scripts by them must not miss one.
TEST(RoleModel, LinksOfNamesEveryPrincipalAndCustomerPolicyLookedUp) {
  std::string text =
      "aws iam create-role --role-name Fn --assume-role-policy-document file://trust.json "
      "--permissions-boundary arn:aws:iam::111122223333:policy/Bound\n"
      "aws iam attach-role-policy --role-name Fn --policy-arn arn:aws:iam::111122223333:policy/path/Mine\n"
      "aws iam attach-role-policy --role-name Fn --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\n"
      "aws iam create-policy-version --policy-arn arn:aws:iam::111122223333:policy/Versioned --policy-document file://v2.json\n"
      "aws iam add-user-to-group --user-name u --group-name devs\n"
      "aws iam put-group-policy --policy-name p --policy-document file://p.json\n"
      "aws iam create-service-linked-role --aws-service-name spot.amazonaws.com\n";
  ScriptInput script = ReadScript(std::make_shared<SourceFile>("setup.sh", text), false);
  MemoryLoader loader;
  std::vector<std::string> links;
  for (const ModelLink& link : RoleModel::LinksOf(script, loader)) {
    links.push_back(std::string(PrincipalKindName(link.kind)) + " " + link.name);
  }
  std::sort(links.begin(), links.end());
  links.erase(std::unique(links.begin(), links.end()), links.end());
  // AWS managed policies link nothing: the catalog, not another script, defines them.
  EXPECT_EQ(links, (std::vector<std::string>{"group (unnamed group)", "group devs", "policy Bound", "policy Mine",
                                             "policy Versioned", "role AWSServiceRoleFor(spot.amazonaws.com)", "role Fn",
                                             "user u"}));
}

}  // namespace
}  // namespace slim
