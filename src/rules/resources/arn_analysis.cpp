#include "rules/resources/arn_analysis.h"

#include <algorithm>
#include <string>

#include "catalog/catalog.h"
#include "util/string_memo.h"
#include "util/strings.h"

namespace slim {
namespace {

bool AllUse(ArnFormatList formats, FieldUse ArnFormat::*field, FieldUse use) {
  return !formats.empty() && std::all_of(formats.begin(), formats.end(), [&](const ArnFormat* f) { return f->*field == use; });
}

}  // namespace

namespace {

// Five rules ask about every resource ARN, and real policies repeat the same ARNs across
// statements and files: matching a resource part against a service's formats is the costly
// step, so each thread remembers the matches for the ARNs it has seen.
struct ArnMatches {
  std::optional<ArnFields> fields;  // split once; views into the entry's key
  std::optional<std::vector<const ArnFormat*>> own_formats;  // the service's own catalog section's
  std::optional<std::vector<const ArnFormat*>> own;          // those of them that match
  std::optional<std::vector<const ArnFormat*>> all_formats;  // every section's, once needed
  std::optional<std::vector<const ArnFormat*>> all;          // those of them that match
};

std::vector<const ArnFormat*> Matching(const ArnFields& fields, const std::vector<const ArnFormat*>& formats) {
  std::vector<const ArnFormat*> matching;
  std::string resource = PolicyFieldGlob(fields.resource());
  for (const ArnFormat* f : formats) {
    if (GlobsIntersect(f->resource_glob, resource)) matching.push_back(f);
  }
  return matching;
}

}  // namespace

std::optional<ArnProblem> FindArnProblem(const Catalog& catalog, std::string_view text, ArnProblemTest problem) {
  if (!StartsWith(text, "arn:")) return std::nullopt;
  const ArnFormatIndex& index = ArnFormatIndex::For(catalog);
  // Keyed by the catalog, whose format index the entries point into.
  thread_local StringMemo<ArnMatches> cache(16384);
  auto [key, matches] = cache.Entry(catalog.id(), text);
  if (!matches.fields) matches.fields = SplitArn(key);
  const std::optional<ArnFields>& fields = matches.fields;
  if (!fields || fields->service().empty() || PolicyFieldIsPattern(fields->service())) return std::nullopt;
  if (!matches.own_formats) matches.own_formats = index.OwnSectionFormats(fields->service());
  if (!matches.own_formats->empty()) {
    if (!matches.own) matches.own = Matching(*fields, *matches.own_formats);
    if (!problem(ArnAnalysis{*fields, *matches.own_formats, *matches.own})) return std::nullopt;
  }
  if (!matches.all_formats) matches.all_formats = index.ServiceFormats(fields->service());
  if (matches.all_formats->empty()) return std::nullopt;
  if (!matches.all) matches.all = Matching(*fields, *matches.all_formats);
  if (!problem(ArnAnalysis{*fields, *matches.all_formats, *matches.all})) return std::nullopt;
  return ArnProblem{*SplitArn(text), *matches.all_formats, *matches.all};
}

bool RegionNotAllowed(const ArnAnalysis& a) {
  return !a.fields.region().empty() && !PolicyFieldMayBeEmpty(a.fields.region()) && AllUse(a.matching, &ArnFormat::region, FieldUse::kNone);
}

bool RegionMissing(const ArnAnalysis& a) {
  return a.fields.region().empty() && !a.fields.account().empty() && AllUse(a.matching, &ArnFormat::region, FieldUse::kRequired);
}

bool AccountNotAllowed(const ArnAnalysis& a) {
  return !a.fields.account().empty() && !PolicyFieldMayBeEmpty(a.fields.account()) &&
         AllUse(a.matching, &ArnFormat::account, FieldUse::kNone);
}

std::string DescribeFormats(ArnFormatList formats, size_t limit) {
  std::vector<std::string> items;
  for (size_t i = 0; i < formats.size() && i < limit; ++i) items.push_back(formats[i]->type_name + " (" + formats[i]->text + ")");
  if (formats.size() > limit) items.push_back(std::to_string(formats.size() - limit) + " more");
  return JoinWithAnd(items);
}

std::string FirstOf(const std::vector<std::string>& items, size_t limit) {
  std::vector<std::string> shown(items.begin(), items.begin() + std::min(limit, items.size()));
  if (items.size() > limit) shown.push_back(std::to_string(items.size() - limit) + " more");
  return JoinWithAnd(shown);
}

std::string TypesSubject(std::string_view service, ArnFormatList formats, std::string_view verb_singular,
                         std::string_view verb_plural) {
  std::string svc(service);
  if (formats.size() == 1) return "the " + svc + " resource type " + DescribeFormats(formats) + " " + std::string(verb_singular);
  if (formats.size() == 2) return "the " + svc + " resource types " + DescribeFormats(formats) + " " + std::string(verb_plural);
  // The shortest format is the most general one, the clearest example.
  const ArnFormat* example = *std::min_element(formats.begin(), formats.end(),
                                               [](const ArnFormat* a, const ArnFormat* b) { return a->text.size() < b->text.size(); });
  return "all " + std::to_string(formats.size()) + " " + svc + " resource types it can name (such as " + DescribeFormats(ArnFormatList(&example, 1), 1) +
         ") " + std::string(verb_plural);
}

ArnFieldSpan FieldSpan(const PolicyDocument& document, const JsonValue& node, const ArnFields& fields,
                       ArnFields::Field field, std::string replacement) {
  size_t length = fields.text[field].size();
  ArnFieldSpan out{SubstringSpan(document, node, fields.offset[field], length), std::nullopt};
  if (out.span.size() == length && length > 0) out.edit = DocumentEdit{out.span, std::move(replacement)};
  return out;
}

}  // namespace slim
