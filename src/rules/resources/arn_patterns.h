// ARN patterns as policies write them and as the catalog documents them, and whether two of
// them can name the same resource. Shared by the resource rules (SL3006, SL3008, SL3014-SL3024).
#pragma once

#include <array>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace slim {

class Catalog;

// In a catalog pattern: any run of characters without '/' (a name that cannot hold a path).
inline constexpr char kSegmentStar = '\x01';

// True when some string matches both patterns: IAM wildcards ('*' any run, '?' one character)
// and kSegmentStar.
bool GlobsIntersect(std::string_view a, std::string_view b, bool ignore_case = false);

// The six fields of an ARN. Unlike ParseArn, a colon inside "${...}" does not end a field, so
// "arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:jobs" keeps its account whole.
struct ArnFields {
  enum Field { kPartition, kService, kRegion, kAccount, kResource };
  std::array<std::string_view, 5> text;
  std::array<size_t, 5> offset{};  // byte offset of each field in the split string

  std::string_view partition() const { return text[kPartition]; }
  std::string_view service() const { return text[kService]; }
  std::string_view region() const { return text[kRegion]; }
  std::string_view account() const { return text[kAccount]; }
  std::string_view resource() const { return text[kResource]; }
};
std::optional<ArnFields> SplitArn(std::string_view arn);

// A field of a policy ARN as a wildcard pattern: policy variables become '*' (they can take
// any value), and the escapes ${*} ${?} ${$} one character.
std::string PolicyFieldGlob(std::string_view field);
// A field of a catalog ARN format as a wildcard pattern: each ${Placeholder} becomes '*', or
// kSegmentStar for names whose documented rules exclude '/' (S3 buckets, DynamoDB tables, SQS
// queues, SNS topics), so that "bucket/*" is an object, never a bucket.
std::string FormatFieldGlob(std::string_view field);
// True when a policy ARN field may stand for the empty string ("", "*", or a variable).
bool PolicyFieldMayBeEmpty(std::string_view field);
// True when the field holds a wildcard or a policy variable, i.e. not one literal value.
bool PolicyFieldIsPattern(std::string_view field);

// The resource type a resource part starts with: the text before the first '/' or ':'
// ("role" in "role/app", "log-group" in "log-group:/aws/x"). Empty when it starts with a
// separator, a wildcard or a variable, as "${BucketName}" and "/restapis/..." do.
std::string_view TypeToken(std::string_view resource);

// How a catalog ARN format uses its Region or account field.
enum class FieldUse {
  kNone,      // always empty: arn:aws:s3:::bucket
  kOptional,  // "*" in the format: some resources of the type have it, some do not
  kRequired,  // a placeholder or a fixed value
};

// One ARN format of one catalog resource type.
struct ArnFormat {
  std::string type_name;  // "bucket"
  std::string text;       // "arn:${Partition}:s3:::${BucketName}"
  std::string service;    // the ARN's service field, as a pattern ("*" for ${Vendor})
  std::string resource;   // the resource part as documented: "${BucketName}/${ObjectName}"
  std::string resource_glob;  // and as a pattern (FormatFieldGlob)
  std::string region_glob;    // the Region and account fields as patterns: "*" for a placeholder
  std::string account_glob;
  FieldUse region = FieldUse::kRequired;
  FieldUse account = FieldUse::kRequired;
};

// A catalog section that documents ARN formats of another service.
struct ForeignArnSection {
  std::string_view service;  // the ARN's service field: "iam"
  std::string_view section;  // the section that lists it: "sts"
};
// Every such pair of the embedded catalog, sorted.
std::span<const ForeignArnSection> EmbeddedForeignArnSections();

// The catalog's ARN formats, parsed once per catalog section and kept for the catalog's life.
// Thread-safe. Entries own their strings, so nothing points into catalog memory.
class ArnFormatIndex {
 public:
  // The index for `catalog` (made on first use; catalogs live for the whole run).
  static const ArnFormatIndex& For(const Catalog& catalog);

  explicit ArnFormatIndex(const Catalog& catalog) : catalog_(catalog) {}
  ArnFormatIndex(const ArnFormatIndex&) = delete;
  ArnFormatIndex& operator=(const ArnFormatIndex&) = delete;

  // Every format the section `prefix` lists (empty for an unknown prefix).
  const std::vector<ArnFormat>& SectionFormats(std::string_view prefix) const;
  // The formats of one resource type of one section.
  std::vector<const ArnFormat*> TypeFormats(std::string_view prefix, std::string_view type_name) const;
  // Every format whose ARN names `service`, from whichever section documents it: a few services'
  // resource types are listed only under another prefix (iam context providers under sts, kafka
  // clusters with uuid under kafka-cluster). For the embedded catalog, EmbeddedForeignArnSections
  // says which sections to read; another catalog (--catalog DIR) has every section read once, a
  // few milliseconds, so callers ask this only to confirm what the own section suggests.
  std::vector<const ArnFormat*> ServiceFormats(std::string_view service) const;
  // The same, limited to the section named like the service: the fast first look.
  std::vector<const ArnFormat*> OwnSectionFormats(std::string_view service) const;
  // True when an AWS managed policy has an ARN of `service` whose resource part starts with
  // `type_token` (case-sensitive): evidence that the type exists even if the catalog lacks it.
  // Each new question scans the managed policy documents (about 2 ms).
  bool UsedByAwsManagedPolicies(std::string_view service, std::string_view type_token) const;

 private:
  const Catalog& catalog_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::unique_ptr<const std::vector<ArnFormat>>> sections_;
  mutable std::unordered_map<std::string, bool> evidence_;  // "service\ttoken" -> answer
};

}  // namespace slim
