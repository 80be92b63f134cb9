// The facts the condition rules (SL7xxx) rest on: operator and key lookups, value formats, and
// that no AWS managed policy document draws an error from them.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "catalog/catalog.h"
#include "rules/conditions/condition_support.h"
#include "test_support.h"

namespace slim::testing {
namespace {

namespace fs = std::filesystem;
using namespace slim::conditions;

const Catalog& C() { return Catalog::Embedded(); }

TEST(ConditionSupport, OperatorsResolveOnlyWithTheirExactSpelling) {
  EXPECT_TRUE(ResolveOperator(C(), "StringEquals").known());
  EXPECT_TRUE(ResolveOperator(C(), "ForAnyValue:StringLikeIfExists").known());
  EXPECT_EQ(ResolveOperator(C(), "ForAllValues:StringEquals").qualifier, "ForAllValues");
  EXPECT_FALSE(ResolveOperator(C(), "stringEquals").known());
  EXPECT_FALSE(ResolveOperator(C(), "ForAllValue:StringEquals").known());
  EXPECT_FALSE(ResolveOperator(C(), "NullIfExists").known());
  EXPECT_FALSE(ResolveOperator(C(), "ForAnyValue:").known());
}

TEST(ConditionSupport, WhatAnOperatorSaysForAnAbsentKey) {
  EXPECT_FALSE(ResolveOperator(C(), "StringEquals").TrueWhenKeyAbsent());
  EXPECT_TRUE(ResolveOperator(C(), "StringNotEquals").TrueWhenKeyAbsent());
  EXPECT_TRUE(ResolveOperator(C(), "StringEqualsIfExists").TrueWhenKeyAbsent());
  EXPECT_TRUE(ResolveOperator(C(), "ForAllValues:StringEquals").TrueWhenKeyAbsent());
  EXPECT_FALSE(ResolveOperator(C(), "ForAnyValue:StringNotEquals").TrueWhenKeyAbsent());
}

TEST(ConditionSupport, KeysAreClassifiedByOrigin) {
  EXPECT_EQ(LookUpKey(C(), "aws:SourceIp").origin, KeyOrigin::kGlobal);
  EXPECT_EQ(LookUpKey(C(), "AWS:sourceip").origin, KeyOrigin::kGlobal);
  EXPECT_EQ(LookUpKey(C(), "aws:ResourceTag/team").origin, KeyOrigin::kGlobal);
  EXPECT_EQ(LookUpKey(C(), "aws:SoruceIp").origin, KeyOrigin::kUnknownGlobal);
  EXPECT_EQ(LookUpKey(C(), "s3:prefix").origin, KeyOrigin::kService);
  EXPECT_EQ(LookUpKey(C(), "s3:prefx").origin, KeyOrigin::kUnknownService);
  EXPECT_EQ(LookUpKey(C(), "no-such-service:Key").origin, KeyOrigin::kUncatalogued);
  EXPECT_EQ(LookUpKey(C(), "token.actions.githubusercontent.com:sub").origin, KeyOrigin::kIdentityProvider);
  EXPECT_EQ(LookUpKey(C(), "SAML:aud").origin, KeyOrigin::kIdentityProvider);
  EXPECT_EQ(LookUpKey(C(), "SourceIp").origin, KeyOrigin::kMalformed);
  // Newer than the catalog, but AWS's own policies use the family.
  EXPECT_EQ(LookUpKey(C(), "secretsmanager:ResourceTag/team").origin, KeyOrigin::kUncatalogued);
}

TEST(ConditionSupport, MultivaluedAndSingleValuedKeys) {
  EXPECT_TRUE(LookUpKey(C(), "aws:TagKeys").Multivalued());
  EXPECT_TRUE(LookUpKey(C(), "aws:ResourceTag/team").SingleValued());
  EXPECT_TRUE(LookUpKey(C(), "s3:RequestObjectTagKeys").Multivalued());
  EXPECT_FALSE(LookUpKey(C(), "cognito-identity.amazonaws.com:amr").SingleValued());
}

TEST(ConditionSupport, TagKeysWithoutTheirTag) {
  EXPECT_EQ(MissingTagKeyTemplate(C(), "aws:ResourceTag"), "aws:ResourceTag/${TagKey}");
  EXPECT_EQ(MissingTagKeyTemplate(C(), "aws:RequestTag/"), "aws:RequestTag/${TagKey}");
  EXPECT_EQ(MissingTagKeyTemplate(C(), "aws:ResourceTag/team"), "");
  EXPECT_EQ(MissingTagKeyTemplate(C(), "ec2:Attribute"), "");  // a key of its own
}

TEST(ConditionSupport, IpRanges) {
  auto range = ParseIpRange("203.0.113.77/24");
  ASSERT_TRUE(range);
  EXPECT_TRUE(range->HostBitsSet());
  EXPECT_EQ(range->Network().ToString(), "203.0.113.0/24");
  EXPECT_FALSE(range->IsPrivate());
  EXPECT_EQ(ParseIpRange("198.51.100.7")->prefix, 32);
  EXPECT_TRUE(ParseIpRange("10.1.0.0/16")->IsPrivate());
  EXPECT_TRUE(ParseIpRange("172.31.255.0/24")->IsPrivate());
  EXPECT_FALSE(ParseIpRange("172.32.0.0/16")->IsPrivate());
  EXPECT_FALSE(ParseIpRange("10.0.0.0/7")->IsPrivate());  // reaches beyond 10/8
  EXPECT_TRUE(ParseIpRange("fd00::/8")->IsPrivate());
  EXPECT_FALSE(ParseIpRange("2001:db8::/32")->IsPrivate());
  EXPECT_FALSE(ParseIpRange("203.0.113.0/33"));
  EXPECT_FALSE(ParseIpRange("203.0.113.300"));
  EXPECT_FALSE(ParseIpRange("example.com"));
}

TEST(ConditionSupport, Dates) {
  for (const char* iso : {"2025-06", "2025-06-30", "2025-06-30T12:00Z", "2025-06-30T12:00:00.123+05:30", "2024-02-29"}) {
    EXPECT_EQ(ReadDate(iso).form, DateForm::kIso) << iso;
  }
  EXPECT_EQ(ReadDate("1767225600").form, DateForm::kEpoch);
  EXPECT_EQ(ReadDate("2025").form, DateForm::kMisleading);  // a year, or 2025 seconds
  EXPECT_EQ(ReadDate("1767225600000").form, DateForm::kMisleading);  // milliseconds
  EXPECT_EQ(ReadDate("20251231").form, DateForm::kMisleading);       // YYYYMMDD read as seconds
  EXPECT_NE(ReadDate("20251231").explanation.find("1970-08-23"), std::string::npos);
  EXPECT_EQ(ReadDate("2025-06-30T12:00:00").form, DateForm::kMisleading);  // no time zone
  EXPECT_EQ(ReadDate("31/12/2025").form, DateForm::kMisleading);
  EXPECT_EQ(ReadDate("2025-02-29").form, DateForm::kInvalid);
  EXPECT_EQ(ReadDate("tomorrow").form, DateForm::kInvalid);
}

TEST(ConditionSupport, NumbersAndBase64) {
  EXPECT_TRUE(IsNumber("3600"));
  EXPECT_TRUE(IsNumber("-1.5"));
  EXPECT_FALSE(IsNumber("1."));
  EXPECT_FALSE(IsNumber("one"));
  EXPECT_TRUE(IsBase64("QWxhZGRpbjpvcGVuIHNlc2FtZQ=="));
  EXPECT_FALSE(IsBase64("not base64!"));
  EXPECT_FALSE(IsBase64("abc"));
}

TEST(ConditionSupport, WildcardsOutsidePolicyVariables) {
  EXPECT_TRUE(HasUnescapedWildcard("role/ci-*"));
  EXPECT_FALSE(HasUnescapedWildcard("literal-${*}-star"));
  EXPECT_FALSE(HasUnescapedWildcard("home/${aws:username}"));
}

TEST(ConditionSupport, ActionsSupportKeys) {
  const ActionInfo* list_bucket = C().FindAction("s3:ListBucket");
  const ActionInfo* get_object = C().FindAction("s3:GetObject");
  ASSERT_TRUE(list_bucket && get_object);
  EXPECT_TRUE(ActionSupportsKey(C(), *list_bucket, "s3:prefix"));
  EXPECT_FALSE(ActionSupportsKey(C(), *get_object, "s3:prefix"));
  const ActionInfo* terminate = C().FindAction("ec2:TerminateInstances");
  ASSERT_TRUE(terminate);
  EXPECT_TRUE(ActionSupportsKey(C(), *terminate, "aws:ResourceTag/team"));
}

// AWS's own documents are valid: every AWS managed policy, linted as an identity policy with
// the condition rules, draws no error.
TEST(ConditionRules, AwsManagedPoliciesDrawNoError) {
  fs::path dir = fs::temp_directory_path() / "slim-condition-managed";
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const ManagedPolicy* policy : C().ManagedPolicies()) {
    WriteFile(dir / (std::string(policy->name) + ".json"), std::string(policy->document_json));
  }
  CliResult result = RunSlim({"--type", "identity", "--select", "SL7*", "--format", "json", dir.string()});
  rapidjson::Document doc;
  doc.Parse(result.out.c_str());
  ASSERT_FALSE(doc.HasParseError()) << result.err;
  EXPECT_GT(doc["findings"].GetArray().Size(), 0u) << "the rules ran on nothing";
  for (const auto& finding : doc["findings"].GetArray()) {
    EXPECT_STRNE(finding["severity"].GetString(), "error")
        << finding["path"].GetString() << ": " << finding["message"].GetString();
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace slim::testing
