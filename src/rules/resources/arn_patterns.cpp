#include "rules/resources/arn_patterns.h"

#include <algorithm>
#include <array>
#include <map>

#include "catalog/catalog.h"
#include "util/strings.h"

namespace slim {
namespace {

char Fold(char c, bool ignore_case) { return ignore_case && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool CharsMeet(char a, char b, bool ignore_case) { return a == '?' || b == '?' || Fold(a, ignore_case) == Fold(b, ignore_case); }

// Most pairs differ in their literal type prefix ("instance/" against "volume/"), so comparing
// the ends up to the first wildcard rejects them before the quadratic search.
bool EndsCompatible(std::string_view a, std::string_view b, bool ignore_case) {
  auto star = [](char c) { return c == '*' || c == kSegmentStar; };
  for (size_t i = 0; i < a.size() && i < b.size() && !star(a[i]) && !star(b[i]); ++i) {
    if (!CharsMeet(a[i], b[i], ignore_case)) return false;
  }
  for (size_t i = 1; i <= a.size() && i <= b.size(); ++i) {
    char x = a[a.size() - i], y = b[b.size() - i];
    if (star(x) || star(y)) break;
    if (!CharsMeet(x, y, ignore_case)) return false;
  }
  return true;
}

// Replaces each "${...}" with what `replace` makes of its body; an unclosed "${" stays as text.
template <typename Fn>
std::string ReplaceVariables(std::string_view field, Fn&& replace) {
  std::string out;
  out.reserve(field.size());
  size_t pos = 0;
  while (pos < field.size()) {
    size_t open = field.find("${", pos);
    size_t close = open == std::string_view::npos ? open : field.find('}', open + 2);
    if (close == std::string_view::npos) {
      out.append(field.substr(pos));
      break;
    }
    out.append(field.substr(pos, open - pos));
    out.push_back(replace(field.substr(open + 2, close - open - 2)));
    pos = close + 1;
  }
  return out;
}

FieldUse UseOf(std::string_view field) {
  if (field.empty()) return FieldUse::kNone;
  return std::all_of(field.begin(), field.end(), [](char c) { return c == '*'; }) ? FieldUse::kOptional : FieldUse::kRequired;
}

// Whether `pattern`, whose only stars are '*', matches `text`, which has no star: the classic
// greedy match that backs up to the last star, linear in practice. ('?' on either side is one
// character, as in CharsMeet.) Segment stars need the general search: placing each literal
// as early as possible can put a '/' in a later segment star's gap.
bool PlainStarsMatch(std::string_view pattern, std::string_view text, bool ignore_case) {
  size_t i = 0, j = 0, star = std::string_view::npos, mark = 0;
  while (j < text.size()) {
    if (i < pattern.size() && pattern[i] == '*') {
      star = i++;
      mark = j;
    } else if (i < pattern.size() && CharsMeet(pattern[i], text[j], ignore_case)) {
      ++i;
      ++j;
    } else if (star != std::string_view::npos) {
      i = star + 1;
      j = ++mark;
    } else {
      return false;
    }
  }
  while (i < pattern.size() && pattern[i] == '*') ++i;
  return i == pattern.size();
}

}  // namespace

bool GlobsIntersect(std::string_view a, std::string_view b, bool ignore_case) {
  if (!EndsCompatible(a, b, ignore_case)) return false;
  auto is_star = [](char c) { return c == '*' || c == kSegmentStar; };
  // Without a star the ends already compared every character.
  bool a_stars = std::any_of(a.begin(), a.end(), is_star), b_stars = std::any_of(b.begin(), b.end(), is_star);
  if (!a_stars && !b_stars) return a.size() == b.size();
  auto segment_star = [](std::string_view p) { return p.find(kSegmentStar) != std::string_view::npos; };
  // The usual question: a catalog format with placeholders against a policy's literal ARN.
  if (!b_stars && !segment_star(a)) return PlainStarsMatch(a, b, ignore_case);
  if (!a_stars && !segment_star(b)) return PlainStarsMatch(b, a, ignore_case);
  // reach[i][j]: some string takes pattern a through a[0, i) and pattern b through b[0, j) at
  // once. Every step moves i or j forward, so one pass in index order settles each cell, and
  // only rows i and i + 1 are alive at a time (this runs for every ARN against every format).
  const size_t n = a.size(), m = b.size(), width = m + 1;
  std::array<char, 512> stack_rows;
  std::vector<char> heap_rows;
  char* rows = stack_rows.data();
  if (2 * width > stack_rows.size()) {
    heap_rows.resize(2 * width);
    rows = heap_rows.data();
  }
  char* row = rows;
  char* next = rows + width;
  std::fill(row, row + width, 0);
  row[0] = 1;
  for (size_t i = 0; i <= n; ++i) {
    std::fill(next, next + width, 0);
    bool any = false;
    for (size_t j = 0; j <= m; ++j) {
      if (!row[j]) continue;
      any = true;
      if (i == n && j == m) return true;
      bool star_a = i < n && is_star(a[i]), star_b = j < m && is_star(b[j]);
      if (star_a) next[j] = 1;          // a's star stops
      if (star_b) row[j + 1] = 1;       // b's star stops
      // A star takes the other pattern's next character ('?' can be anything but '/').
      if (star_a && j < m && !star_b && (a[i] == '*' || b[j] != '/')) row[j + 1] = 1;
      if (star_b && i < n && !star_a && (b[j] == '*' || a[i] != '/')) next[j] = 1;
      if (i < n && j < m && !star_a && !star_b && CharsMeet(a[i], b[j], ignore_case)) next[j + 1] = 1;
    }
    if (!any) return false;
    std::swap(row, next);
  }
  return false;
}

std::optional<ArnFields> SplitArn(std::string_view arn) {
  if (!StartsWith(arn, "arn:")) return std::nullopt;
  ArnFields fields;
  size_t start = 4;
  int field = 0;
  for (size_t pos = start; pos < arn.size() && field < ArnFields::kResource; ++pos) {
    if (arn[pos] == '$' && pos + 1 < arn.size() && arn[pos + 1] == '{') {
      size_t close = arn.find('}', pos + 2);
      if (close != std::string_view::npos) pos = close;
      continue;
    }
    if (arn[pos] != ':') continue;
    fields.text[field] = arn.substr(start, pos - start);
    fields.offset[field] = start;
    ++field;
    start = pos + 1;
  }
  if (field < ArnFields::kResource) return std::nullopt;
  fields.text[ArnFields::kResource] = arn.substr(start);
  fields.offset[ArnFields::kResource] = start;
  return fields;
}

std::string PolicyFieldGlob(std::string_view field) {
  return ReplaceVariables(field, [](std::string_view body) { return body == "*" || body == "?" || body == "$" ? '?' : '*'; });
}

std::string FormatFieldGlob(std::string_view field) {
  return ReplaceVariables(field, [](std::string_view name) {
    for (std::string_view single : {"BucketName", "TableName", "QueueName", "TopicName"}) {
      if (name == single) return kSegmentStar;
    }
    return '*';
  });
}

bool PolicyFieldMayBeEmpty(std::string_view field) {
  std::string glob = PolicyFieldGlob(field);
  return std::all_of(glob.begin(), glob.end(), [](char c) { return c == '*'; });
}

bool PolicyFieldIsPattern(std::string_view field) {
  return HasWildcard(field) || field.find("${") != std::string_view::npos;
}

std::string_view TypeToken(std::string_view resource) {
  std::string_view token = resource.substr(0, FindAnyOf(resource, "/:"));
  if (PolicyFieldIsPattern(token)) return {};
  return token;
}

const ArnFormatIndex& ArnFormatIndex::For(const Catalog& catalog) {
  // Asked for every ARN and action: each thread keeps the last answer, and takes the lock only
  // for another catalog. Keyed by the catalog's id, which unlike its address is never reused.
  thread_local uint64_t last_id = 0;
  thread_local const ArnFormatIndex* last = nullptr;
  if (last_id == catalog.id()) return *last;
  static std::mutex mutex;
  static std::map<uint64_t, std::unique_ptr<ArnFormatIndex>> indexes;
  std::lock_guard lock(mutex);
  auto& slot = indexes[catalog.id()];
  if (!slot) slot = std::make_unique<ArnFormatIndex>(catalog);
  last_id = catalog.id();
  last = slot.get();
  return *slot;
}

const std::vector<ArnFormat>& ArnFormatIndex::SectionFormats(std::string_view prefix) const {
  std::string key = ToLower(prefix);
  std::lock_guard lock(mutex_);
  auto& slot = sections_[key];
  if (slot) return *slot;
  auto formats = std::make_unique<std::vector<ArnFormat>>();
  if (const ServiceInfo* service = catalog_.FindService(prefix)) {
    for (const ResourceTypeInfo& type : service->resource_types) {
      for (std::string_view text : type.arn_formats) {
        auto fields = SplitArn(text);
        if (!fields) continue;
        ArnFormat& f = formats->emplace_back();
        f.type_name = type.name;
        f.text = text;
        f.service = FormatFieldGlob(fields->service());
        f.resource = fields->resource();
        f.resource_glob = FormatFieldGlob(fields->resource());
        f.region_glob = FormatFieldGlob(fields->region());
        f.account_glob = FormatFieldGlob(fields->account());
        f.region = UseOf(fields->region());
        f.account = UseOf(fields->account());
      }
    }
  }
  slot = std::move(formats);
  return *slot;
}

std::vector<const ArnFormat*> ArnFormatIndex::TypeFormats(std::string_view prefix, std::string_view type_name) const {
  std::vector<const ArnFormat*> out;
  for (const ArnFormat& f : SectionFormats(prefix)) {
    if (EqualsIgnoreCase(f.type_name, type_name)) out.push_back(&f);
  }
  return out;
}

std::vector<const ArnFormat*> ArnFormatIndex::OwnSectionFormats(std::string_view service) const {
  std::vector<const ArnFormat*> out;
  for (const ArnFormat& f : SectionFormats(service)) {
    if (EqualsIgnoreCase(f.service, service)) out.push_back(&f);
  }
  return out;
}

std::vector<const ArnFormat*> ArnFormatIndex::ServiceFormats(std::string_view service) const {
  std::vector<const ArnFormat*> out;
  // Sections repeat the resource types they share (iam roles under iam, sts and ssm).
  auto add = [&](const ArnFormat& f) {
    if (!EqualsIgnoreCase(f.service, service)) return;
    if (std::none_of(out.begin(), out.end(), [&](const ArnFormat* g) { return g->text == f.text; })) out.push_back(&f);
  };
  if (&catalog_ == &Catalog::Embedded()) {
    for (const ArnFormat& f : SectionFormats(service)) add(f);
    for (const ForeignArnSection& ref : EmbeddedForeignArnSections()) {
      if (!EqualsIgnoreCase(ref.service, service)) continue;
      for (const ArnFormat& f : SectionFormats(ref.section)) add(f);
    }
    return out;
  }
  for (std::string_view prefix : catalog_.ServicePrefixes()) {
    for (const ArnFormat& f : SectionFormats(prefix)) add(f);
  }
  return out;
}

bool ArnFormatIndex::UsedByAwsManagedPolicies(std::string_view service, std::string_view type_token) const {
  std::string key = std::string(service) + '\t' + std::string(type_token);
  {
    std::lock_guard lock(mutex_);
    if (auto it = evidence_.find(key); it != evidence_.end()) return it->second;
  }
  // Near-miss types are rare strings: looking for the token itself and checking the ARN around
  // each hit is cheaper than indexing every ARN of every managed policy.
  bool used = false;
  for (const ManagedPolicy* policy : catalog_.ManagedPolicies()) {
    std::string_view json = policy->document_json;
    for (size_t at = json.find(type_token); at != std::string_view::npos && !used; at = json.find(type_token, at + 1)) {
      size_t open = json.rfind('"', at), close = json.find('"', at);
      if (open == std::string_view::npos || close == std::string_view::npos) break;
      auto fields = SplitArn(json.substr(open + 1, close - open - 1));
      used = fields && fields->service() == service && TypeToken(fields->resource()) == type_token;
    }
    if (used) break;
  }
  std::lock_guard lock(mutex_);
  evidence_[key] = used;
  return used;
}

}  // namespace slim
