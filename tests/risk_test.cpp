// Unit tests for the pieces the risk rules (SL6001-SL6006) and SL8003 build on: how far a
// statement reaches for an action, which conditions narrow it, what a permissions boundary
// takes away, and how policy sizes are counted and printed.
#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <string>

#include "catalog/catalog.h"
#include "model/document.h"
#include "model/permission_set.h"
#include "rules/risk/escalation.h"
#include "rules/risk/grant_scope.h"
#include "rules/support/policy_size.h"

namespace slim {
namespace {

const Catalog& C() { return Catalog::Embedded(); }

PolicyDocumentPtr Parse(const std::string& json) {
  auto file = std::make_shared<SourceFile>("policy.json", json);
  return ParsePolicyDocument(SourceText::WholeFile(file), "policy.json");
}

PolicyDocumentPtr OneStatement(const std::string& statement) {
  return Parse(R"({"Version": "2012-10-17", "Statement": [)" + statement + "]}");
}

ResourceReach Reach(const std::string& statement, std::string_view action, std::string_view self = {}) {
  PolicyDocumentPtr document = OneStatement(statement);
  return ReachOf(document->policy.statements.at(0), *C().FindAction(action), C(), self);
}

TEST(GrantScope, WildcardOfTheActionsTypeIsBroad) {
  EXPECT_EQ(Reach(R"({"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"})", "iam:PassRole"), ResourceReach::kBroad);
  EXPECT_EQ(Reach(R"({"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::*:role/*"})", "iam:PassRole"),
            ResourceReach::kBroad);
  EXPECT_EQ(Reach(R"({"Effect": "Allow", "Action": "iam:PassRole", "NotResource": "arn:aws:iam::1:role/x"})", "iam:PassRole"),
            ResourceReach::kBroad);
}

TEST(GrantScope, NamedOrForeignResourcesAreNotBroad) {
  EXPECT_EQ(Reach(R"({"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::851065145468:role/reader"})",
                  "sts:AssumeRole"),
            ResourceReach::kSpecific);
  // A user pattern does not name roles.
  EXPECT_EQ(Reach(R"({"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::*:user/*"})", "iam:PassRole"),
            ResourceReach::kNone);
}

TEST(GrantScope, OwnUserIsSelf) {
  EXPECT_EQ(Reach(R"({"Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "arn:aws:iam::*:user/${aws:username}"})",
                  "iam:CreateAccessKey"),
            ResourceReach::kSelf);
  EXPECT_EQ(Reach(R"({"Effect": "Allow", "Action": "iam:PutRolePolicy", "Resource": "arn:aws:iam::1:role/app"})", "iam:PutRolePolicy", "app"),
            ResourceReach::kSelf);
  // A wildcard after the variable reaches other users too.
  EXPECT_EQ(Reach(R"({"Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "arn:aws:iam::*:user/${aws:username}*"})",
                  "iam:CreateAccessKey"),
            ResourceReach::kBroad);
}

TEST(GrantScope, ConditionsOnRequestContextDoNotNarrow) {
  PolicyDocumentPtr tls = OneStatement(R"({"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
      "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:RequestedRegion": "eu-west-1"}}})");
  EXPECT_FALSE(HasNarrowingCondition(tls->policy.statements.at(0), "s3:GetObject"));
  PolicyDocumentPtr tag = OneStatement(R"({"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
      "Condition": {"StringEquals": {"aws:ResourceTag/team": "a"}}})");
  EXPECT_TRUE(HasNarrowingCondition(tag->policy.statements.at(0), "s3:GetObject"));
}

TEST(GrantScope, PassedToServiceNarrowsOnlyAwayFromTheTarget) {
  PolicyDocumentPtr ecs = OneStatement(R"({"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*",
      "Condition": {"StringEquals": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}}})");
  const Statement& s = ecs->policy.statements.at(0);
  EXPECT_FALSE(HasNarrowingCondition(s, "iam:PassRole", {"ecs-tasks.amazonaws.com"}));
  EXPECT_TRUE(HasNarrowingCondition(s, "iam:PassRole", {"lambda.amazonaws.com"}));
}

TEST(PermissionSet, BoundaryTakesAwayWhatItDoesNotAllow) {
  PolicyDocumentPtr policy = OneStatement(R"({"Effect": "Allow", "Action": ["iam:PassRole", "s3:GetObject"], "Resource": "*"})");
  PolicyDocumentPtr boundary = OneStatement(R"({"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"})");
  std::vector<PolicyGrant> grants{{policy.get(), std::nullopt, "inline policy P"}};
  PermissionSet without = PermissionSet::Build(grants, C());
  PermissionSet with = PermissionSet::Build(grants, C(), boundary.get());
  EXPECT_NE(without.Find("iam:PassRole"), nullptr);
  EXPECT_EQ(with.Find("iam:PassRole"), nullptr);
  EXPECT_NE(with.Find("s3:GetObject"), nullptr);
  EXPECT_EQ(with.removed_by_boundary(), 1u);
}

TEST(Escalation, EcsTaskRolePathUsesEcsTasksPrincipal) {
  PolicyDocumentPtr policy = Parse(R"({"Version": "2012-10-17", "Statement": [
      {"Effect": "Allow", "Action": ["ecs:RegisterTaskDefinition", "ecs:RunTask"], "Resource": "*"},
      {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*",
       "Condition": {"StringEquals": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}}}]})");
  PermissionSet permissions = PermissionSet::Build({{policy.get(), std::nullopt, "p"}}, C());
  auto paths = FindEscalationPaths(permissions, C());
  ASSERT_FALSE(paths.empty());
  bool ecs = false;
  for (const EscalationPath& path : paths) ecs |= path.method->id.starts_with("ecs-passrole");
  EXPECT_TRUE(ecs);
}

TEST(PolicySize, CountsAndPrints) {
  EXPECT_EQ(NonWhitespaceSize("{ \"a b\" : 1 }"), 9u);
  // An escaped quote does not end the string; an escaped backslash before a quote does.
  EXPECT_EQ(NonWhitespaceSize(R"({ "a\" b" : "c\\" })"), 15u);
  EXPECT_EQ(NonWhitespaceSize("{\"\\u00e9 x\":\"\xC3\xA9\"}"), 16u);
  EXPECT_EQ(NonWhitespaceSize("\"unterminated  string"), 21u);
  EXPECT_EQ(CharacterCount("{ \"\xC3\xA9\" }"), 7u);
}

// The obvious byte-by-byte count, to hold the block-wise one to.
size_t ReferenceNonWhitespaceSize(std::string_view json) {
  size_t count = 0;
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    bool whitespace = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!continuation && (in_string || !whitespace)) ++count;
    if (c == '"') in_string = !in_string;
    if (c == '\\' && in_string && i + 1 < json.size()) {
      ++i;
      count += (static_cast<unsigned char>(json[i]) & 0xC0) != 0x80;
    }
  }
  return count;
}

// Texts of every length around the 64-byte blocks, with strings that start in one block and
// end in another, spaces inside and outside them, multi-byte characters and escapes.
TEST(PolicySize, BlockwiseCountMatchesTheByteByByteCount) {
  const std::vector<std::string> pieces = {"{", "}", " ", "  ", "\n", "\t", "\r\n", "\"Sid\"", "\"a b c\"", ":", ",",
                                           "\"\xC3\xA9 \xE2\x82\xAC\"", "[", "]", "\"arn:aws:s3:::bucket/*\"", "\"", "\"x\\\"y\"", "\"\\\\\""};
  std::mt19937 random(7);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    size_t target = random() % 300;
    // Half the texts have no backslash: those are counted 64 bytes at a time.
    size_t choices = round % 2 ? pieces.size() : pieces.size() - 2;
    while (text.size() < target) text += pieces[random() % choices];
    ASSERT_EQ(NonWhitespaceSize(text), ReferenceNonWhitespaceSize(text)) << text;
  }
  EXPECT_EQ(WithThousandsSeparators(0), "0");
  EXPECT_EQ(WithThousandsSeparators(999), "999");
  EXPECT_EQ(WithThousandsSeparators(2048), "2,048");
  EXPECT_EQ(WithThousandsSeparators(1234567), "1,234,567");
}

}  // namespace
}  // namespace slim
