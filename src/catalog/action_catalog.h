// The IAM action catalog (rules/catalog/iam_actions.txt): services, actions, resource types and
// service condition keys.
//
// Loading is lazy and per service, because slim-lint runs as a pre-commit hook and a typical policy
// names a handful of services: the first lookup reads the small section index at the top of the
// file; the first lookup in a service parses only that service's section (a few microseconds). Only
// expanding "*" or "*:Get*" parses every section. All lookups are thread-safe.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/access_level.h"
#include "catalog/catalog_text.h"
#include "catalog/condition_keys.h"
#include "core/result.h"

namespace slim {

// A resource type as one action lists it, e.g. s3:GetObject -> "object" (not required).
struct ActionResourceType {
  std::string_view name;
  bool required = false;                       // marked '*' on the AWS page
  catalog_text::DelimitedList condition_keys;  // keys listed on this action's row for this type
  catalog_text::DelimitedList dependent_actions;
};

// The resource-type column of one action, iterated lazily.
class ActionResourceTypes {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = ActionResourceType;
    using difference_type = std::ptrdiff_t;
    using pointer = const ActionResourceType*;
    using reference = ActionResourceType;

    iterator() = default;
    explicit iterator(catalog_text::DelimitedList::iterator it) : it_(it) {}
    ActionResourceType operator*() const;
    iterator& operator++() {
      ++it_;
      return *this;
    }
    bool operator==(const iterator& other) const { return it_ == other.it_; }

   private:
    catalog_text::DelimitedList::iterator it_;
  };

  ActionResourceTypes() = default;
  explicit ActionResourceTypes(std::string_view field) : list_(field, ',') {}
  iterator begin() const { return iterator(list_.begin()); }
  iterator end() const { return iterator(list_.end()); }
  bool empty() const { return list_.empty(); }
  size_t size() const { return list_.size(); }
  std::vector<ActionResourceType> ToVector() const;

 private:
  catalog_text::DelimitedList list_;
};

struct ActionInfo {
  std::string_view service_prefix;  // canonical, e.g. "s3"
  std::string_view name;            // canonical, e.g. "GetObject"
  AccessLevel access_level = AccessLevel::kWrite;
  bool permission_only = false;  // no API operation of that name: it only gates other operations
  // The rest of the catalog line ("<resource types>\t<keys>\t<dependent actions>"), split only when
  // asked: most lookups need just the name and access level, and "*" expansion parses every action.
  std::string_view details;

  ActionResourceTypes resource_types() const;
  catalog_text::DelimitedList condition_keys() const;     // request-level keys (not tied to a resource type)
  catalog_text::DelimitedList dependent_actions() const;  // request-level dependent actions

  std::string FullName() const;  // "s3:GetObject"
  // True if some resource type is required ('*'); otherwise the action can also be granted on "*".
  bool HasRequiredResourceType() const;
};

struct ResourceTypeInfo {
  std::string_view service_prefix;
  std::string_view name;                    // e.g. "bucket"
  catalog_text::DelimitedList arn_formats;  // "arn:${Partition}:s3:::${BucketName}"; >1 where pages share a prefix
  catalog_text::DelimitedList condition_keys;
};

struct ServiceInfo {
  std::string_view prefix;                // "s3"
  catalog_text::DelimitedList names;      // display names; several where doc pages share a prefix
  catalog_text::DelimitedList doc_pages;  // "list_amazons3.html" under the Service Authorization Reference
  std::vector<ActionInfo> actions;        // sorted case-insensitively by name
  std::vector<ResourceTypeInfo> resource_types;
  std::vector<ConditionKeyInfo> condition_keys;

  std::string_view name() const;  // first display name, or the prefix
  // https://docs.aws.amazon.com/service-authorization/latest/reference/<first doc page>, or empty.
  std::string DocumentationUrl() const;
  const ActionInfo* FindAction(std::string_view action_name) const;
  const ResourceTypeInfo* FindResourceType(std::string_view type_name) const;
  const ConditionKeyInfo* FindConditionKey(std::string_view key) const;
};

class ActionCatalog {
 public:
  // `verify`: the text comes from disk (--catalog DIR) and may be hand-edited, so check every section
  // offset and sort order instead of trusting the generator's layout (which the tests check for the
  // embedded copy). Trusting it keeps the first lookup from touching the whole 2 MB file.
  explicit ActionCatalog(std::string_view text, bool verify = false);
  ~ActionCatalog();
  ActionCatalog(const ActionCatalog&) = delete;
  ActionCatalog& operator=(const ActionCatalog&) = delete;

  // All lookups are case-insensitive and return canonical spellings.
  const ServiceInfo* FindService(std::string_view prefix) const;
  const ActionInfo* FindAction(std::string_view service_prefix, std::string_view action_name) const;
  const ActionInfo* FindAction(std::string_view full_action) const;  // "s3:GetObject"
  // IAM wildcard expansion: "*", "s3:*", "s3:Get*", "*:Get*", "s3:?etObject". Ordered by service
  // prefix, then action name.
  std::vector<const ActionInfo*> ExpandAction(std::string_view pattern) const;
  const std::vector<std::string_view>& ServicePrefixes() const;  // sorted
  size_t ServiceCount() const { return ServicePrefixes().size(); }

  const ResourceTypeInfo* FindResourceType(std::string_view service_prefix, std::string_view type_name) const;
  // Service condition keys, e.g. "s3:prefix", "s3:RequestObjectTag/env", "aws:RequestTag/env".
  // Looks in the service named by the key's prefix, then in the other sections that define keys with
  // that prefix (e.g. "catalog:ChangeType" is defined by aws-marketplace).
  const ConditionKeyInfo* FindConditionKey(std::string_view key) const;

  std::optional<std::string> SuggestService(std::string_view unknown_prefix) const;
  // Returns "prefix:Name".
  std::optional<std::string> SuggestAction(std::string_view service_prefix, std::string_view unknown_action) const;

  // Structural check for catalogs read from disk (--catalog DIR): the file has the header and at
  // least one service section. Embedded data is checked by the tests instead.
  std::optional<Error> Validate() const;
  // Unique to this catalog in the process (an address can be reused): per-thread memos key on it.
  uint64_t id() const { return id_; }

 private:
  struct Index;
  const Index& index() const;
  const ServiceInfo* ServiceAt(size_t i) const;
  std::optional<size_t> ServiceSlot(std::string_view prefix) const;
  std::optional<size_t> SearchServiceSlot(std::string_view prefix) const;

  std::string_view text_;
  bool verify_;
  uint64_t id_ = 0;
  mutable std::once_flag index_once_;
  mutable std::unique_ptr<Index> index_;
};

}  // namespace slim
