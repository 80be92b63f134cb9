#include "catalog/action_catalog.h"

#include <algorithm>
#include <atomic>
#include <unordered_map>

#include "catalog/name_suggestions.h"
#include "util/string_memo.h"
#include "util/strings.h"

namespace slim {

using catalog_text::CompareIgnoreCase;
using catalog_text::DelimitedList;
using catalog_text::LessIgnoreCase;
using catalog_text::LineReader;
using catalog_text::SplitTabs;

// ---------------------------------------------------------------------------------------------
// Per-action fields

ActionResourceType ActionResourceTypes::iterator::operator*() const {
  // Entry grammar (see rules/gen/generate_catalog.py): name['*']['(' keys ')']['[' deps ']'].
  std::string_view entry = *it_;
  ActionResourceType rt;
  size_t end = FindAnyOf(entry, "*([");
  rt.name = entry.substr(0, end);
  if (end == std::string_view::npos) return rt;
  std::string_view rest = entry.substr(end);
  if (!rest.empty() && rest[0] == '*') {
    rt.required = true;
    rest.remove_prefix(1);
  }
  if (!rest.empty() && rest[0] == '(') {
    size_t close = rest.find(')');
    rt.condition_keys = DelimitedList(rest.substr(1, close == std::string_view::npos ? close : close - 1), ' ');
    rest = close == std::string_view::npos ? std::string_view() : rest.substr(close + 1);
  }
  if (!rest.empty() && rest[0] == '[') {
    size_t close = rest.find(']');
    rt.dependent_actions = DelimitedList(rest.substr(1, close == std::string_view::npos ? close : close - 1), ' ');
  }
  return rt;
}

std::vector<ActionResourceType> ActionResourceTypes::ToVector() const {
  std::vector<ActionResourceType> out;
  for (auto it = begin(); it != end(); ++it) out.push_back(*it);
  return out;
}

std::string ActionInfo::FullName() const {
  std::string out;
  out.reserve(service_prefix.size() + 1 + name.size());
  out.append(service_prefix).append(":").append(name);
  return out;
}

ActionResourceTypes ActionInfo::resource_types() const { return ActionResourceTypes(SplitTabs<3>(details)[0]); }

DelimitedList ActionInfo::condition_keys() const { return DelimitedList(SplitTabs<3>(details)[1]); }

DelimitedList ActionInfo::dependent_actions() const { return DelimitedList(SplitTabs<3>(details)[2]); }

bool ActionInfo::HasRequiredResourceType() const {
  ActionResourceTypes types = resource_types();
  for (auto it = types.begin(); it != types.end(); ++it) {
    if ((*it).required) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// ServiceInfo

namespace {

template <typename T>
const T* FindSortedByName(const std::vector<T>& items, std::string_view name) {
  auto it = std::lower_bound(items.begin(), items.end(), name,
                             [](const T& item, std::string_view key) { return LessIgnoreCase(item.name, key); });
  if (it == items.end() || CompareIgnoreCase(it->name, name) != 0) return nullptr;
  return &*it;
}

template <typename T>
void EnsureSortedByName(std::vector<T>& items) {
  auto less = [](const T& a, const T& b) { return LessIgnoreCase(a.name, b.name); };
  // The generator writes sorted sections; only a hand-edited --catalog directory needs this.
  if (!std::is_sorted(items.begin(), items.end(), less)) std::stable_sort(items.begin(), items.end(), less);
}

AccessLevel LevelFromCode(char code) {
  switch (code) {
    case 'L': return AccessLevel::kList;
    case 'R': return AccessLevel::kRead;
    case 'P': return AccessLevel::kPermissionsManagement;
    case 'T': return AccessLevel::kTagging;
    default: return AccessLevel::kWrite;
  }
}

constexpr std::string_view kDocBase = "https://docs.aws.amazon.com/service-authorization/latest/reference/";

}  // namespace

std::string_view ServiceInfo::name() const {
  auto first = names.front();
  return first ? *first : prefix;
}

std::string ServiceInfo::DocumentationUrl() const {
  auto page = doc_pages.front();
  if (!page) return {};
  return std::string(kDocBase) + std::string(*page);
}

const ActionInfo* ServiceInfo::FindAction(std::string_view action_name) const {
  return FindSortedByName(actions, action_name);
}

const ResourceTypeInfo* ServiceInfo::FindResourceType(std::string_view type_name) const {
  return FindSortedByName(resource_types, type_name);
}

const ConditionKeyInfo* ServiceInfo::FindConditionKey(std::string_view key) const {
  if (const ConditionKeyInfo* exact = FindSortedByName(condition_keys, key)) return exact;
  for (const ConditionKeyInfo& info : condition_keys) {
    if (info.templated && catalog_text::KeyTemplateMatches(info.name, key)) return &info;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Index

struct ActionCatalog::Index {
  struct Slot {
    std::string_view prefix;
    std::string_view section;  // from its "S" line up to the next section
    std::once_flag once;
    std::unique_ptr<ServiceInfo> info;
  };
  std::unique_ptr<Slot[]> slots;
  std::vector<std::string_view> prefixes;  // same order as slots
  // "X" lines: key prefix -> other sections that define keys with that prefix.
  std::vector<std::pair<std::string_view, DelimitedList>> foreign_keys;
  // "K" lines of the preamble: aws: keys as the service pages list them.
  std::vector<ConditionKeyInfo> aws_keys;
};

namespace {

struct SectionRef {
  std::string_view prefix;
  std::string_view section;
};

bool IsSectionStart(std::string_view text, size_t offset, std::string_view prefix) {
  std::string_view rest = text.substr(offset);
  if (rest.size() < prefix.size() + 3 || rest[0] != 'S' || rest[1] != '\t') return false;
  if (rest.substr(2, prefix.size()) != prefix) return false;
  char after = rest[2 + prefix.size()];
  return after == '\t' || after == '\n' || after == '\r';
}

// The "I" lines give each section's byte length, so the section offsets are known without reading
// the 2 MB of sections. If the lengths do not fit (a hand-edited file), fall back to a scan.
// Without `verify_all`, only the first and last section starts are checked (plus the total): each
// check touches a page of the file, and the embedded layout is tested.
bool SectionsFromLengths(std::string_view text, size_t base,
                         const std::vector<std::pair<std::string_view, uint64_t>>& lengths, bool verify_all,
                         std::vector<SectionRef>& out) {
  if (lengths.empty()) return false;
  size_t offset = base;
  for (size_t i = 0; i < lengths.size(); ++i) {
    const auto& [prefix, length] = lengths[i];
    if (length > text.size() - offset) return false;
    bool check = verify_all || i == 0 || i + 1 == lengths.size();
    if (check && !IsSectionStart(text, offset, prefix)) return false;
    out.push_back({prefix, text.substr(offset, length)});
    offset += length;
  }
  return offset == text.size();
}

void SectionsByScanning(std::string_view text, size_t base, std::vector<SectionRef>& out) {
  LineReader reader(text, base);
  std::string_view line;
  size_t start = base;
  std::string_view prefix;
  bool open = false;
  size_t line_start = reader.offset();
  while (reader.Next(line)) {
    if (line.size() > 2 && line[0] == 'S' && line[1] == '\t') {
      if (open) out.push_back({prefix, text.substr(start, line_start - start)});
      start = line_start;
      prefix = SplitTabs<3>(line)[1];
      open = true;
    }
    line_start = reader.offset();
  }
  if (open) out.push_back({prefix, text.substr(start)});
}

ConditionKeyInfo ParseConditionKeyLine(std::string_view service_prefix, std::string_view line) {
  auto f = SplitTabs<4>(line);  // K, key, types, description
  ConditionKeyInfo info;
  info.service_prefix = service_prefix;
  info.name = f[1];
  info.types = DelimitedList(f[2], '|');
  auto first = info.types.front();
  info.type = first ? ParseConditionKeyType(*first) : ConditionKeyType::kUnknown;
  info.description = f[3];
  info.templated = catalog_text::IsTemplatedKey(info.name);
  return info;
}

std::unique_ptr<ServiceInfo> ParseService(std::string_view section, bool verify) {
  auto info = std::make_unique<ServiceInfo>();
  // About 90 bytes per action line on average; one reservation avoids regrowth for big services.
  info->actions.reserve(section.size() / 90 + 4);
  LineReader reader(section);
  std::string_view line;
  while (reader.Next(line)) {
    if (line.size() < 2 || line[1] != '\t') continue;
    switch (line[0]) {
      case 'A': {
        auto f = SplitTabs<4>(line);  // A, name, level, then resource types, keys, dependent actions
        ActionInfo action;
        action.service_prefix = info->prefix;
        action.name = f[1];
        action.access_level = f[2].empty() ? AccessLevel::kWrite : LevelFromCode(f[2][0]);
        action.permission_only = f[2].size() > 1 && f[2][1] == '!';
        action.details = f[3];
        if (!action.name.empty()) info->actions.push_back(action);
        break;
      }
      case 'R': {
        auto f = SplitTabs<4>(line);  // R, name, ARN formats, keys
        info->resource_types.push_back({info->prefix, f[1], DelimitedList(f[2]), DelimitedList(f[3])});
        break;
      }
      case 'K':
        info->condition_keys.push_back(ParseConditionKeyLine(info->prefix, line));
        break;
      case 'S': {
        auto f = SplitTabs<4>(line);  // S, prefix, names, doc pages
        info->prefix = f[1];
        info->names = DelimitedList(f[2]);
        info->doc_pages = DelimitedList(f[3]);
        break;
      }
      default:
        break;
    }
  }
  if (verify) {
    // "S" comes first in a generated section; a hand-edited one may differ.
    for (auto& r : info->resource_types) r.service_prefix = info->prefix;
    for (auto& k : info->condition_keys) k.service_prefix = info->prefix;
    for (auto& a : info->actions) a.service_prefix = info->prefix;
    EnsureSortedByName(info->actions);
    EnsureSortedByName(info->resource_types);
    EnsureSortedByName(info->condition_keys);
  }
  return info;
}

}  // namespace

ActionCatalog::ActionCatalog(std::string_view text, bool verify) : text_(text), verify_(verify) {
  static std::atomic<uint64_t> next_id{1};
  id_ = next_id++;
}
ActionCatalog::~ActionCatalog() = default;

const ActionCatalog::Index& ActionCatalog::index() const {
  std::call_once(index_once_, [this] {
    auto index = std::make_unique<Index>();
    std::vector<std::pair<std::string_view, uint64_t>> lengths;
    LineReader reader(text_);
    std::string_view line;
    size_t base = text_.size();
    size_t line_start = 0;
    while (reader.Next(line)) {
      if (line.size() >= 2 && line[1] == '\t') {
        if (line[0] == 'S') {
          base = line_start;
          break;
        }
        if (line[0] == 'I') {
          auto f = SplitTabs<3>(line);
          auto n = catalog_text::ParseUnsigned(f[2]);
          if (n) lengths.emplace_back(f[1], *n);
        } else if (line[0] == 'X') {
          auto f = SplitTabs<3>(line);
          index->foreign_keys.emplace_back(f[1], DelimitedList(f[2]));
        } else if (line[0] == 'K') {
          index->aws_keys.push_back(ParseConditionKeyLine("", line));
        }
      }
      line_start = reader.offset();
    }

    std::vector<SectionRef> sections;
    sections.reserve(lengths.size());
    bool fell_back = false;
    if (!SectionsFromLengths(text_, base, lengths, verify_, sections)) {
      sections.clear();
      SectionsByScanning(text_, base, sections);
      fell_back = true;
    }
    auto less = [](const SectionRef& a, const SectionRef& b) { return LessIgnoreCase(a.prefix, b.prefix); };
    if ((verify_ || fell_back) && !std::is_sorted(sections.begin(), sections.end(), less)) {
      std::stable_sort(sections.begin(), sections.end(), less);
    }
    index->slots = std::make_unique<Index::Slot[]>(sections.size());
    index->prefixes.reserve(sections.size());
    for (size_t i = 0; i < sections.size(); ++i) {
      index->slots[i].prefix = sections[i].prefix;
      index->slots[i].section = sections[i].section;
      index->prefixes.push_back(sections[i].prefix);
    }
    index_ = std::move(index);
  });
  return *index_;
}

std::optional<size_t> ActionCatalog::ServiceSlot(std::string_view prefix) const {
  // Every rule resolves the prefixes of every action it reads, and a repository uses a few
  // dozen services: each thread remembers the slots of the prefixes it has seen, as written.
  thread_local StringMemo<std::optional<size_t>> memo(4096);
  return memo.Get(id_, prefix, [&] { return SearchServiceSlot(prefix); });
}

std::optional<size_t> ActionCatalog::SearchServiceSlot(std::string_view prefix) const {
  const auto& prefixes = index().prefixes;
  auto it = std::lower_bound(prefixes.begin(), prefixes.end(), prefix, LessIgnoreCase);
  if (it == prefixes.end() || CompareIgnoreCase(*it, prefix) != 0) return std::nullopt;
  return static_cast<size_t>(it - prefixes.begin());
}

const ServiceInfo* ActionCatalog::ServiceAt(size_t i) const {
  Index::Slot& slot = index().slots[i];
  std::call_once(slot.once, [this, &slot] { slot.info = ParseService(slot.section, verify_); });
  return slot.info.get();
}

const std::vector<std::string_view>& ActionCatalog::ServicePrefixes() const { return index().prefixes; }

const ServiceInfo* ActionCatalog::FindService(std::string_view prefix) const {
  auto slot = ServiceSlot(prefix);
  return slot ? ServiceAt(*slot) : nullptr;
}

const ActionInfo* ActionCatalog::FindAction(std::string_view service_prefix, std::string_view action_name) const {
  const ServiceInfo* service = FindService(service_prefix);
  return service ? service->FindAction(action_name) : nullptr;
}

const ActionInfo* ActionCatalog::FindAction(std::string_view full_action) const {
  // Remembered per thread like ServiceSlot: the same few hundred actions are looked up for
  // every statement of every policy, and each lookup is a case-insensitive binary search.
  thread_local StringMemo<const ActionInfo*> memo(65536);
  return memo.Get(id_, full_action, [&]() -> const ActionInfo* {
    size_t colon = full_action.find(':');
    return colon == std::string_view::npos ? nullptr : FindAction(full_action.substr(0, colon), full_action.substr(colon + 1));
  });
}

std::vector<const ActionInfo*> ActionCatalog::ExpandAction(std::string_view pattern) const {
  std::vector<const ActionInfo*> out;
  if (pattern.empty()) return out;
  if (!HasWildcard(pattern)) {  // one action, or none
    if (const ActionInfo* action = FindAction(pattern)) out.push_back(action);
    return out;
  }
  size_t colon = pattern.find(':');
  const size_t count = ServicePrefixes().size();

  if (colon == std::string_view::npos) {
    // No colon: only a '*' can stand for it, so match the pattern against whole "prefix:Name" strings.
    if (!HasWildcard(pattern)) return out;
    bool all = pattern.find_first_not_of('*') == std::string_view::npos;
    std::string full;
    for (size_t i = 0; i < count; ++i) {
      const ServiceInfo* service = ServiceAt(i);
      if (all) {
        for (const ActionInfo& a : service->actions) out.push_back(&a);
        continue;
      }
      for (const ActionInfo& a : service->actions) {
        full.assign(service->prefix).append(":").append(a.name);
        if (WildcardMatch(pattern, full, true)) out.push_back(&a);
      }
    }
    return out;
  }

  // The text has exactly one ':', so the pattern's first ':' must match it.
  std::string_view prefix_pattern = pattern.substr(0, colon);
  std::string_view name_pattern = pattern.substr(colon + 1);
  if (name_pattern.find(':') != std::string_view::npos) return out;
  bool all_names = !name_pattern.empty() && name_pattern.find_first_not_of('*') == std::string_view::npos;
  auto add_matches = [&](const ServiceInfo* service) {
    if (all_names) {
      for (const ActionInfo& a : service->actions) out.push_back(&a);
    } else if (!HasWildcard(name_pattern)) {
      if (const ActionInfo* a = service->FindAction(name_pattern)) out.push_back(a);
    } else {
      for (const ActionInfo& a : service->actions) {
        if (WildcardMatch(name_pattern, a.name, true)) out.push_back(&a);
      }
    }
  };
  if (!HasWildcard(prefix_pattern)) {
    if (const ServiceInfo* service = FindService(prefix_pattern)) add_matches(service);
    return out;
  }
  const auto& prefixes = ServicePrefixes();
  for (size_t i = 0; i < count; ++i) {
    if (WildcardMatch(prefix_pattern, prefixes[i], true)) add_matches(ServiceAt(i));
  }
  return out;
}

const ResourceTypeInfo* ActionCatalog::FindResourceType(std::string_view service_prefix,
                                                        std::string_view type_name) const {
  const ServiceInfo* service = FindService(service_prefix);
  return service ? service->FindResourceType(type_name) : nullptr;
}

const ConditionKeyInfo* ActionCatalog::FindConditionKey(std::string_view key) const {
  size_t colon = key.find(':');
  if (colon == std::string_view::npos || colon == 0) return nullptr;
  std::string_view key_prefix = key.substr(0, colon);
  const Index& idx = index();
  if (EqualsIgnoreCase(key_prefix, "aws")) {
    for (const auto& info : idx.aws_keys) {
      if (EqualsIgnoreCase(info.name, key)) return &info;
    }
    for (const auto& info : idx.aws_keys) {
      if (info.templated && catalog_text::KeyTemplateMatches(info.name, key)) return &info;
    }
    return nullptr;
  }
  if (const ServiceInfo* service = FindService(key_prefix)) {
    if (const ConditionKeyInfo* info = service->FindConditionKey(key)) return info;
  }
  for (const auto& [foreign_prefix, sections] : idx.foreign_keys) {
    if (!EqualsIgnoreCase(foreign_prefix, key_prefix)) continue;
    for (std::string_view section : sections) {
      const ServiceInfo* service = FindService(section);
      if (!service) continue;
      if (const ConditionKeyInfo* info = service->FindConditionKey(key)) return info;
    }
  }
  return nullptr;
}

std::optional<std::string> ActionCatalog::SuggestService(std::string_view unknown_prefix) const {
  if (unknown_prefix.empty()) return std::nullopt;
  ClosestName closest(unknown_prefix, ShortNameBudget(unknown_prefix));
  for (std::string_view prefix : ServicePrefixes()) closest.Consider(prefix);
  if (!closest.best()) return std::nullopt;
  return std::string(*closest.best());
}

std::optional<std::string> ActionCatalog::SuggestAction(std::string_view service_prefix,
                                                        std::string_view unknown_action) const {
  const ServiceInfo* service = FindService(service_prefix);
  if (!service || unknown_action.empty()) return std::nullopt;
  ClosestName closest(unknown_action, LongNameBudget(unknown_action));
  for (const ActionInfo& a : service->actions) closest.Consider(a.name);
  if (!closest.best()) return std::nullopt;
  return std::string(service->prefix) + ":" + std::string(*closest.best());
}

std::optional<Error> ActionCatalog::Validate() const {
  if (!StartsWith(text_, catalog_text::kHeaderPrefix)) {
    return Error{"not a slim-lint catalog file (missing header)", "", {}};
  }
  const Index& idx = index();
  if (idx.prefixes.empty()) return Error{"no service sections", "", {}};
  for (size_t i = 0; i < idx.prefixes.size(); ++i) {
    if (idx.prefixes[i].empty()) return Error{"service section without a prefix", "", {}};
  }
  return std::nullopt;
}

}  // namespace slim
