#include "catalog/sdk_map.h"

#include <algorithm>

#include "util/strings.h"

namespace slim {

using catalog_text::CompareIgnoreCase;
using catalog_text::DelimitedList;
using catalog_text::LessIgnoreCase;
using catalog_text::LineReader;
using catalog_text::SplitTabs;

namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "send_message", "SendMessage" and "send-message" all normalize to "sendmessage".
std::string NormalizeOperation(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
    if (c == '_' || c == '-') continue;
    out.push_back(IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

SdkMappingSource ParseSource(char code) {
  switch (code) {
    case 'i': return SdkMappingSource::kIamlive;
    case 'n': return SdkMappingSource::kNameMatch;
    default: return SdkMappingSource::kUnresolved;
  }
}

std::unique_ptr<SdkService> ParseSdkService(std::string_view section, bool verify) {
  auto service = std::make_unique<SdkService>();
  service->operations.reserve(section.size() / 40 + 4);
  LineReader reader(section);
  std::string_view line;
  while (reader.Next(line)) {
    if (!catalog_text::IsDataLine(line)) continue;
    if (line.size() > 2 && line[0] == 'S' && line[1] == '\t') {
      // S, boto3 name, iam prefix, service id, endpoint prefix, signing name, api version
      auto f = SplitTabs<7>(line);
      service->boto3_name = f[1];
      service->iam_prefix = f[2];
      service->service_id = f[3];
      service->endpoint_prefix = f[4];
      service->signing_name = f[5];
      service->api_version = f[6];
      continue;
    }
    // Operation, source[p], actions, python name, forward access
    auto f = SplitTabs<5>(line);
    if (f[0].empty()) continue;
    SdkOperation op;
    op.name = f[0];
    op.source = ParseSource(f[1].empty() ? 'u' : f[1][0]);
    op.permissionless = f[1].find('p') != std::string_view::npos;
    if (f[2] == "=") {
      op.actions.push_back({service->iam_prefix, op.name});
    } else {
      for (std::string_view action : DelimitedList(f[2])) {
        size_t colon = action.find(':');
        if (colon == std::string_view::npos) continue;
        op.actions.push_back({action.substr(0, colon), action.substr(colon + 1)});
      }
    }
    op.python_name = f[3].empty() ? SimpleSnakeCase(op.name) : std::string(f[3]);
    for (std::string_view entry : DelimitedList(f[4])) {
      size_t space = entry.find(' ');
      SdkForwardAccess fas;
      fas.action = entry.substr(0, space);
      if (space != std::string_view::npos) fas.context = DelimitedList(entry.substr(space + 1), ' ');
      op.forward_access.push_back(fas);
    }
    service->operations.push_back(std::move(op));
  }
  // An "=" line seen before the "S" line (hand-edited file) would carry an empty prefix: fix it up.
  for (SdkOperation& op : service->operations) {
    for (SdkAction& a : op.actions) {
      if (a.service_prefix.empty()) a.service_prefix = service->iam_prefix;
    }
  }
  auto less = [](const SdkOperation& a, const SdkOperation& b) { return LessIgnoreCase(a.name, b.name); };
  if (verify && !std::is_sorted(service->operations.begin(), service->operations.end(), less)) {
    std::stable_sort(service->operations.begin(), service->operations.end(), less);
  }
  service->operation_lookup.reserve(service->operations.size());
  for (size_t i = 0; i < service->operations.size(); ++i) {
    service->operation_lookup.emplace_back(NormalizeOperation(service->operations[i].name), i);
  }
  std::sort(service->operation_lookup.begin(), service->operation_lookup.end());
  return service;
}

}  // namespace

std::string_view SdkMappingSourceName(SdkMappingSource source) {
  switch (source) {
    case SdkMappingSource::kIamlive: return "iamlive";
    case SdkMappingSource::kNameMatch: return "name_match";
    case SdkMappingSource::kUnresolved: return "unresolved";
  }
  return "unresolved";
}

std::string SimpleSnakeCase(std::string_view name) {
  // Keep in sync with simple_snake_case() in rules/gen/generate_catalog.py.
  std::string out;
  out.reserve(name.size() + 8);
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (IsUpper(c) && i > 0) {
      char prev = name[i - 1];
      char next = i + 1 < name.size() ? name[i + 1] : '\0';
      if (IsLower(prev) || IsDigit(prev) || (IsUpper(prev) && IsLower(next))) out.push_back('_');
    }
    out.push_back(IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::string SdkAction::FullName() const {
  std::string out;
  out.reserve(service_prefix.size() + 1 + name.size());
  out.append(service_prefix).append(":").append(name);
  return out;
}

std::string SdkOperation::CliName() const {
  std::string out = python_name;
  std::replace(out.begin(), out.end(), '_', '-');
  return out;
}

const SdkOperation* SdkService::FindOperation(std::string_view operation) const {
  std::string key = NormalizeOperation(operation);
  auto it = std::lower_bound(operation_lookup.begin(), operation_lookup.end(), key,
                             [](const std::pair<std::string, size_t>& e, const std::string& k) { return e.first < k; });
  if (it == operation_lookup.end() || it->first != key) return nullptr;
  return &operations[it->second];
}

// ---------------------------------------------------------------------------------------------

struct SdkMap::Index {
  struct Slot {
    std::string_view name;
    std::string_view iam_prefix;  // from the "S" line, read without parsing the section
    std::string_view section;
    std::once_flag once;
    std::unique_ptr<SdkService> service;
  };
  std::unique_ptr<Slot[]> slots;
  std::vector<std::string_view> names;
  std::vector<std::pair<std::string_view, std::string_view>> cli_renames;
};

SdkMap::SdkMap(std::string_view text, bool verify) : text_(text), verify_(verify) {}
SdkMap::~SdkMap() = default;

const SdkMap::Index& SdkMap::index() const {
  std::call_once(once_, [this] {
    auto index = std::make_unique<Index>();
    struct Ref {
      std::string_view name, iam_prefix, section;
      uint64_t length = 0;
    };
    std::vector<Ref> listed;  // from the "I" lines: name, IAM prefix, section bytes
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
          auto f = SplitTabs<4>(line);
          if (auto n = catalog_text::ParseUnsigned(f[3])) listed.push_back({f[1], f[2], {}, *n});
        } else if (line[0] == 'C') {
          auto f = SplitTabs<3>(line);
          index->cli_renames.emplace_back(f[1], f[2]);
        }
      }
      line_start = reader.offset();
    }

    // Sections from the recorded lengths; checking a section start touches its page, so only the
    // ends are checked unless verifying. Anything that does not fit falls back to a scan.
    std::vector<Ref> refs;
    size_t offset = base;
    bool ok = !listed.empty();
    for (size_t i = 0; ok && i < listed.size(); ++i) {
      Ref ref = listed[i];
      std::string_view rest = text_.substr(offset);
      if (ref.length > rest.size()) {
        ok = false;
        break;
      }
      bool check = verify_ || i == 0 || i + 1 == listed.size();
      if (check) {
        auto f = SplitTabs<4>(rest.substr(0, rest.find('\n')));
        if (f[0] != "S" || f[1] != ref.name || f[2] != ref.iam_prefix) {
          ok = false;
          break;
        }
      }
      ref.section = rest.substr(0, ref.length);
      refs.push_back(ref);
      offset += ref.length;
    }
    ok = ok && offset == text_.size();
    if (!ok) {
      refs.clear();
      std::vector<size_t> starts;
      LineReader scan(text_, base);
      size_t pos = base;
      while (scan.Next(line)) {
        if (line.size() > 2 && line[0] == 'S' && line[1] == '\t') {
          auto f = SplitTabs<4>(line);
          refs.push_back({f[1], f[2], {}, 0});
          starts.push_back(pos);
        }
        pos = scan.offset();
      }
      for (size_t i = 0; i < refs.size(); ++i) {
        size_t end = i + 1 < refs.size() ? starts[i + 1] : text_.size();
        refs[i].section = text_.substr(starts[i], end - starts[i]);
      }
    }
    auto less = [](const Ref& a, const Ref& b) { return LessIgnoreCase(a.name, b.name); };
    if ((verify_ || !ok) && !std::is_sorted(refs.begin(), refs.end(), less)) {
      std::stable_sort(refs.begin(), refs.end(), less);
    }

    index->slots = std::make_unique<Index::Slot[]>(refs.size());
    index->names.reserve(refs.size());
    for (size_t i = 0; i < refs.size(); ++i) {
      auto& slot = index->slots[i];
      slot.name = refs[i].name;
      slot.iam_prefix = refs[i].iam_prefix;
      slot.section = refs[i].section;
      index->names.push_back(refs[i].name);
    }
    index_ = std::move(index);
  });
  return *index_;
}

const SdkService* SdkMap::ServiceAt(size_t i) const {
  Index::Slot& slot = index().slots[i];
  std::call_once(slot.once, [this, &slot] { slot.service = ParseSdkService(slot.section, verify_); });
  return slot.service.get();
}

const std::vector<std::string_view>& SdkMap::ServiceNames() const { return index().names; }

const SdkService* SdkMap::FindService(std::string_view boto3_name) const {
  const auto& names = ServiceNames();
  auto it = std::lower_bound(names.begin(), names.end(), boto3_name, LessIgnoreCase);
  if (it == names.end() || CompareIgnoreCase(*it, boto3_name) != 0) return nullptr;
  return ServiceAt(static_cast<size_t>(it - names.begin()));
}

std::optional<std::string_view> SdkMap::IamPrefixOf(std::string_view boto3_name) const {
  const auto& names = ServiceNames();
  auto it = std::lower_bound(names.begin(), names.end(), boto3_name, LessIgnoreCase);
  if (it == names.end() || CompareIgnoreCase(*it, boto3_name) != 0) return std::nullopt;
  return index().slots[static_cast<size_t>(it - names.begin())].iam_prefix;
}

std::string_view SdkMap::ResolveCliServiceName(std::string_view cli_name) const {
  for (const auto& [cli, boto3] : index().cli_renames) {
    if (EqualsIgnoreCase(cli, cli_name)) return boto3;
  }
  return cli_name;
}

const SdkService* SdkMap::FindCliService(std::string_view cli_name) const {
  return FindService(ResolveCliServiceName(cli_name));
}

const SdkOperation* SdkMap::FindOperation(std::string_view boto3_name, std::string_view operation) const {
  const SdkService* service = FindService(boto3_name);
  return service ? service->FindOperation(operation) : nullptr;
}

std::optional<Error> SdkMap::Validate() const {
  if (!StartsWith(text_, catalog_text::kHeaderPrefix)) {
    return Error{"not a slim-lint catalog file (missing header)", "", {}};
  }
  if (index().names.empty()) return Error{"no boto3 service sections", "", {}};
  return std::nullopt;
}

}  // namespace slim
