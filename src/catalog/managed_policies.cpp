#include "catalog/managed_policies.h"

#include <algorithm>
#include <new>
#include <type_traits>

#include "catalog/catalog_text.h"
#include "catalog/name_suggestions.h"
#include "util/strings.h"

namespace slim {

using catalog_text::LineReader;
using catalog_text::SplitTabs;

struct ManagedPolicyCatalog::Index {
  struct Row {
    uint32_t line;        // offset of the policy's line in the metadata table
    uint32_t name_size;   // bytes before the first tab
    uint32_t doc_offset;  // document position in the documents file
    uint32_t doc_size;
  };
  std::vector<Row> rows;  // sorted by name
  // Records are built on first lookup, each under its own once_flag. The storage is raw memory:
  // pages that no lookup touches are never faulted in (ManagedPolicy is trivially destructible).
  std::unique_ptr<std::once_flag[]> once;
  ManagedPolicy* records = nullptr;
  std::string error;  // structural problem found while indexing, if any

  ~Index() { ::operator delete(records); }
};

namespace {

static_assert(std::is_trivially_destructible_v<ManagedPolicy>);

// Offset of the first line that is not a '#' comment.
size_t FirstDataLine(std::string_view text) {
  LineReader reader(text);
  std::string_view line;
  size_t start = 0;
  while (reader.Next(line)) {
    if (catalog_text::IsDataLine(line)) return start;
    start = reader.offset();
  }
  return text.size();
}

}  // namespace

std::optional<ManagedPolicyArn> ParseManagedPolicyArn(std::string_view arn) {
  // arn:<partition>:iam::aws:policy/<path...>/<name>
  auto parts = Split(arn, ':');
  if (parts.size() != 6 || parts[0] != "arn" || parts[2] != "iam" || !parts[3].empty() || parts[4] != "aws") {
    return std::nullopt;
  }
  if (!StartsWith(parts[1], "aws")) return std::nullopt;
  std::string_view resource = parts[5];
  if (!StartsWith(resource, "policy/")) return std::nullopt;
  std::string_view rest = resource.substr(6);  // "/path/Name"
  size_t last_slash = rest.rfind('/');
  ManagedPolicyArn out;
  out.partition = parts[1];
  out.path = rest.substr(0, last_slash + 1);
  out.name = rest.substr(last_slash + 1);
  if (out.name.empty()) return std::nullopt;
  return out;
}

ManagedPolicyCatalog::ManagedPolicyCatalog(std::string_view metadata_text, std::string_view documents_text,
                                           bool verify_documents)
    : metadata_text_(metadata_text), documents_text_(documents_text), verify_documents_(verify_documents) {}

ManagedPolicyCatalog::~ManagedPolicyCatalog() = default;

std::string_view ManagedPolicyCatalog::NameAt(const Index& index, size_t i) const {
  return metadata_text_.substr(index.rows[i].line, index.rows[i].name_size);
}

const ManagedPolicyCatalog::Index& ManagedPolicyCatalog::index() const {
  std::call_once(once_, [this] {
    auto index = std::make_unique<Index>();
    // One row per line: only the name length and the document length (last field) are read.
    index->rows.reserve(metadata_text_.size() / 90 + 8);
    LineReader reader(metadata_text_);
    std::string_view line;
    size_t line_start = 0;
    size_t doc = FirstDataLine(documents_text_);
    while (reader.Next(line)) {
      size_t start = line_start;
      line_start = reader.offset();
      if (!catalog_text::IsDataLine(line)) continue;
      const char* tab = catalog_text::FindTab(line.data(), line.data() + line.size());
      size_t name_size = static_cast<size_t>(tab - line.data());
      size_t last_tab = line.rfind('\t');
      if (name_size == 0 || last_tab == std::string_view::npos) continue;
      uint64_t doc_size = catalog_text::ParseUnsigned(line.substr(last_tab + 1)).value_or(0);
      Index::Row row{static_cast<uint32_t>(start), static_cast<uint32_t>(name_size), 0, static_cast<uint32_t>(doc_size)};
      // Documents are laid out back to back as "<name>\t<json>\n" in table order.
      row.doc_offset = static_cast<uint32_t>(doc + name_size + 1);
      doc = row.doc_offset + doc_size + 1;
      index->rows.push_back(row);
    }
    const size_t n = index->rows.size();

    // The recorded lengths must add up exactly; then the ends of the first and last entries are
    // checked, which catches a stale table without reading every document. A catalog from disk
    // (maybe hand-edited) is matched line by line instead.
    bool trusted = !verify_documents_ && n > 0 && doc == documents_text_.size();
    if (trusted) {
      size_t first = FirstDataLine(documents_text_);
      std::string_view first_name = NameAt(*index, 0);
      std::string_view last_doc = documents_text_.substr(index->rows[n - 1].doc_offset, index->rows[n - 1].doc_size);
      trusted = documents_text_.substr(first, first_name.size()) == first_name &&
                documents_text_.substr(first + first_name.size(), 1) == "\t" && !last_doc.empty() &&
                last_doc.front() == '{' && last_doc.back() == '}';
    }
    if (!trusted) {
      auto by_name = [&](const Index::Row& a, const Index::Row& b) {
        return metadata_text_.substr(a.line, a.name_size) < metadata_text_.substr(b.line, b.name_size);
      };
      if (!std::is_sorted(index->rows.begin(), index->rows.end(), by_name)) {
        std::stable_sort(index->rows.begin(), index->rows.end(), by_name);
      }
      for (auto& row : index->rows) row.doc_size = 0;
      LineReader docs(documents_text_);
      size_t pos = 0;
      while (docs.Next(line)) {
        size_t start = pos;
        pos = docs.offset();
        if (!catalog_text::IsDataLine(line)) continue;
        auto f = SplitTabs<2>(line);
        auto it = std::lower_bound(index->rows.begin(), index->rows.end(), f[0], [&](const Index::Row& r, std::string_view key) {
          return metadata_text_.substr(r.line, r.name_size) < key;
        });
        if (it == index->rows.end() || metadata_text_.substr(it->line, it->name_size) != f[0]) continue;
        it->doc_offset = static_cast<uint32_t>(start + f[0].size() + 1);
        it->doc_size = static_cast<uint32_t>(f[1].size());
      }
      for (size_t i = 0; i < n; ++i) {
        if (index->rows[i].doc_size == 0) {
          index->error = "no document for managed policy " + std::string(NameAt(*index, i));
          break;
        }
      }
    }
    index->once = std::make_unique<std::once_flag[]>(n);
    index->records = static_cast<ManagedPolicy*>(::operator new(std::max<size_t>(n, 1) * sizeof(ManagedPolicy)));
    index_ = std::move(index);
  });
  return *index_;
}

size_t ManagedPolicyCatalog::size() const { return index().rows.size(); }

const ManagedPolicy& ManagedPolicyCatalog::at(size_t i) const {
  const Index& idx = index();
  std::call_once(idx.once[i], [&] {
    const Index::Row& row = idx.rows[i];
    std::string_view line = metadata_text_.substr(row.line);
    line = line.substr(0, line.find('\n'));
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // name, ARN, version, flags, successor, document bytes
    auto f = SplitTabs<6>(line);
    ManagedPolicy* p = new (&idx.records[i]) ManagedPolicy();
    p->name = f[0];
    p->arn = f[1];
    if (auto parsed = ParseManagedPolicyArn(p->arn)) p->path = parsed->path;
    p->version = f[2];
    p->deprecated = f[3].find('d') != std::string_view::npos;
    p->document_may_be_stale = f[3].find('s') != std::string_view::npos;
    p->successor = f[4];
    p->document_json = documents_text_.substr(std::min<size_t>(row.doc_offset, documents_text_.size()), row.doc_size);
  });
  return idx.records[i];
}

std::vector<const ManagedPolicy*> ManagedPolicyCatalog::All() const {
  std::vector<const ManagedPolicy*> out;
  out.reserve(size());
  for (size_t i = 0; i < size(); ++i) out.push_back(&at(i));
  return out;
}

const ManagedPolicy* ManagedPolicyCatalog::FindByName(std::string_view name) const {
  const Index& idx = index();
  size_t lo = 0, hi = idx.rows.size();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (NameAt(idx, mid) < name) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo == idx.rows.size() || NameAt(idx, lo) != name) return nullptr;
  return &at(lo);
}

const ManagedPolicy* ManagedPolicyCatalog::FindByArn(std::string_view arn) const {
  auto parsed = ParseManagedPolicyArn(arn);
  return parsed ? FindByName(parsed->name) : nullptr;
}

std::optional<std::string> ManagedPolicyCatalog::Suggest(std::string_view unknown_name) const {
  if (unknown_name.empty()) return std::nullopt;
  const Index& idx = index();
  ClosestName closest(unknown_name, LongNameBudget(unknown_name));
  for (size_t i = 0; i < idx.rows.size(); ++i) closest.Consider(NameAt(idx, i));
  if (!closest.best()) return std::nullopt;
  return std::string(*closest.best());
}

std::optional<Error> ManagedPolicyCatalog::Validate() const {
  if (!StartsWith(metadata_text_, catalog_text::kHeaderPrefix) ||
      !StartsWith(documents_text_, catalog_text::kHeaderPrefix)) {
    return Error{"not a slim-lint catalog file (missing header)", "", {}};
  }
  const Index& idx = index();
  if (idx.rows.empty()) return Error{"no managed policies", "", {}};
  if (!idx.error.empty()) return Error{idx.error, "", {}};
  if (metadata_text_.size() > UINT32_MAX || documents_text_.size() > UINT32_MAX) {
    return Error{"catalog file too large", "", {}};
  }
  return std::nullopt;
}

}  // namespace slim
